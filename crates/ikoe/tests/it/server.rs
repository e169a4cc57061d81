//! Slow and many clients against a real listening server: half-sent headers,
//! idle connections and stalled bodies are closed; a slow but moving body is
//! served; a connection over the limit gets 503.

use std::time::{Duration, Instant};

use ikoe::server::Limits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::*;

const LIMITS: Limits = Limits {
    header_timeout: Duration::from_secs(1),
    body_idle_timeout: Duration::from_secs(1),
    max_connections: 3,
};

/// Starts the app on a free port and returns its address.
async fn listening(app: &TestApp) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = ikoe::router::router(app.state.clone());
    tokio::spawn(ikoe::server::serve(listener, router, LIMITS, std::future::pending()));
    addr
}

/// A connection to `addr` that has sent `bytes`.
async fn sent(addr: std::net::SocketAddr, bytes: &[u8]) -> TcpStream {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(bytes).await.unwrap();
    s
}

/// Reads until the server closes the connection; panics when it stays open
/// longer than `within`. Returns what was read and how long it took.
async fn closed_within(s: &mut TcpStream, within: Duration) -> (String, Duration) {
    let start = Instant::now();
    let mut buf = Vec::new();
    match tokio::time::timeout(within, s.read_to_end(&mut buf)).await {
        Ok(_) => (String::from_utf8_lossy(&buf).into_owned(), start.elapsed()),
        Err(_) => panic!("the connection was still open after {within:?}"),
    }
}

#[tokio::test]
async fn half_sent_headers_and_idle_connections_are_closed() {
    let app = TestApp::new().await;
    let addr = listening(&app).await;

    let mut half = sent(addr, b"GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: ").await;
    let (_, took) = closed_within(&mut half, Duration::from_secs(5)).await;
    assert!(
        took >= Duration::from_millis(900),
        "closed only after the timeout: {took:?}"
    );

    let mut idle = TcpStream::connect(addr).await.unwrap();
    closed_within(&mut idle, Duration::from_secs(5)).await;

    // a whole request is served as before
    let mut ok = sent(addr, b"GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
    let (answer, _) = closed_within(&mut ok, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn a_stalled_body_is_cut_off_and_a_moving_one_is_served() {
    let app = TestApp::new().await;
    let addr = listening(&app).await;

    // announces a large upload, sends one byte and stops: anonymous, on an upload route
    let mut stalled = sent(addr, b"POST /spaces/1/files HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 200000000\r\n\r\n-").await;
    closed_within(&mut stalled, Duration::from_secs(5)).await;

    // the same on a form page, where the handler reads the body
    let mut form = sent(addr, b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ne").await;
    let (_, took) = closed_within(&mut form, Duration::from_secs(5)).await;
    assert!(took < Duration::from_secs(4), "{took:?}");

    // a body that arrives slowly but keeps moving (longer in all than the idle
    // timeout) is read to its end and answered
    let body = b"email=nobody%40example.org&password=wrong-password";
    let mut slow = sent(addr, format!(
            "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes()).await;
    let start = Instant::now();
    for piece in body.chunks(body.len() / 5 + 1) {
        slow.write_all(piece).await.unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let (answer, _) = closed_within(&mut slow, Duration::from_secs(5)).await;
    assert!(start.elapsed() > Duration::from_secs(2));
    assert!(
        !answer.starts_with("HTTP/1.1 408") && !answer.is_empty(),
        "a moving body is not cut off: {answer}"
    );
    // the request reached the handler: the form (without its CSRF token) was refused there
    // or by the CSRF check, not by the server
    assert!(
        answer.starts_with("HTTP/1.1 4") || answer.starts_with("HTTP/1.1 3"),
        "{answer}"
    );
}

#[tokio::test]
async fn connections_over_the_limit_get_503() {
    let app = TestApp::new().await;
    let addr = listening(&app).await;
    let mut held = Vec::new();
    for _ in 0..LIMITS.max_connections {
        let s = sent(addr, b"GET /hello HTTP/1.1\r\nHost: x\r\n").await;
        held.push(s);
    }
    // give the server a moment to accept the held connections
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut one_more = sent(addr, b"GET /hello HTTP/1.1\r\nHost: x\r\n\r\n").await;
    let (answer, _) = closed_within(&mut one_more, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("retry-after: 5"), "{answer}");

    // once the held connections time out, new ones are served again
    for mut s in held {
        closed_within(&mut s, Duration::from_secs(5)).await;
    }
    let mut again = sent(addr, b"GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
    let (answer, _) = closed_within(&mut again, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}
