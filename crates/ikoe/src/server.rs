//! The HTTP server: accepts connections and serves the router, with the
//! limits that keep slow or many clients from holding ikoe hostage.
//!
//! - A connection must send a request's headers within
//!   `server.header_timeout_secs` (also while idle between two requests);
//!   otherwise hyper closes it.
//! - A request body may pause at most `server.body_idle_timeout_secs`
//!   between two pieces. The clock restarts with every piece, so a slow but
//!   moving 200 MB upload goes on; one that stops is answered and closed.
//! - At most `server.max_connections` connections are served at once; one
//!   more gets a short `503 Service Unavailable` and is closed.
//! - Pages (not transfers) also have an overall deadline (the router's
//!   `TimeoutLayer`).
//!
//! On shutdown the listener stops accepting and open requests finish.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, Request, Response, StatusCode};
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tower_http::timeout::RequestBodyTimeoutLayer;

use crate::config;

/// How long open requests may take to finish after a shutdown signal.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// The server's limits, from the `[server]` section of the configuration.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: Duration,
    pub body_idle_timeout: Duration,
    pub max_connections: usize,
}

impl From<&config::Server> for Limits {
    fn from(c: &config::Server) -> Self {
        Limits {
            header_timeout: Duration::from_secs(c.header_timeout_secs.max(1)),
            body_idle_timeout: Duration::from_secs(c.body_idle_timeout_secs.max(1)),
            max_connections: c.max_connections.max(1),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open
/// requests finish (at most [`SHUTDOWN_GRACE`]).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let app = tower::ServiceBuilder::new()
        .layer(RequestBodyTimeoutLayer::new(limits.body_idle_timeout))
        .service(app);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
    let mut busy = http.clone();
    busy.keep_alive(false);

    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, addr) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                Err(e) => {
                    // out of file descriptors and the like: wait, do not spin
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let io = TokioIo::new(stream);
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            tracing::warn!(
                limit = limits.max_connections,
                "connection limit reached: answering 503"
            );
            let conn = busy.serve_connection(
                io,
                hyper::service::service_fn(|_| async { Ok::<_, Infallible>(busy_response()) }),
            );
            tokio::spawn(async move {
                let _ = tokio::time::timeout(limits.header_timeout, conn).await;
            });
            continue;
        };
        let svc = app.clone().map_request(move |mut req: Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(addr));
            req
        });
        let conn = graceful.watch(http.serve_connection(io, TowerToHyperService::new(svc)));
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, client = %addr, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still open after the shutdown grace period");
    }
    Ok(())
}

/// The answer to a connection over the limit.
fn busy_response() -> Response<String> {
    let mut res = Response::new("ikoe is busy; please try again in a moment.\n".to_string());
    *res.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let h = res.headers_mut();
    h.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    h.insert(header::CONNECTION, HeaderValue::from_static("close"));
    res
}
