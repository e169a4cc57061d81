//! ikoe: the binary. `ikoe` alone serves; see `ikoe --help`.

use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use domain::Clock;
use ikoe::config::Config;
use ikoe::{demo, mail, router, security, startup};

#[derive(Parser)]
#[command(
    name = "ikoe",
    version,
    about = "ikoe – intercultural opening of public administrations"
)]
struct Cli {
    /// Configuration file (optional; IKOE_… environment variables override it).
    #[arg(long, short, global = true, default_value = "ikoe.toml", env = "IKOE_CONFIG")]
    config: String,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (the default).
    Serve,
    /// Run the database migrations and exit.
    Migrate,
    /// Fill demo data (invented people). --scale N adds N × 10,000 users and N × 1,000 organisations.
    Demo {
        #[arg(long)]
        scale: Option<u32>,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Print every configuration key with its default and meaning.
    DefaultConfig,
    /// Write a consistent copy of the SQLite database while ikoe runs.
    Backup {
        /// Target file (must not exist).
        target: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a platform administrator; prints a generated password unless IKOE_ADMIN_PASSWORD is set.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

fn main() -> std::process::ExitCode {
    match start() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // the whole chain of causes, on one line, without a backtrace
            eprintln!("ikoe: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn start() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Some(Command::DefaultConfig) = cli.command {
        print!("{}", Config::default_toml());
        return Ok(());
    }
    let cfg = Config::load(&cli.config)?;
    init_logs(&cfg);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    rt.block_on(run(cli.command.unwrap_or(Command::Serve), cfg))
}

fn init_logs(cfg: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&cfg.log_level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if cfg.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(cmd: Command, cfg: Config) -> anyhow::Result<()> {
    let started = Instant::now();
    match cmd {
        Command::Serve => serve(cfg, started).await,
        Command::Migrate => {
            startup::open_store(&cfg).await?;
            println!("Database migrated.");
            Ok(())
        }
        Command::Demo { scale } => {
            let store = startup::open_store(&cfg).await?;
            let st = startup::state(cfg, store, Clock::System).await?;
            if st.store.count_users().await? == 0 {
                let login = demo::fill(&st).await?;
                println!("Demo login: {} / {}", login.0, login.1);
            }
            if let Some(n) = scale {
                let t = Instant::now();
                demo::scale(&st, n).await?;
                println!("Scale data ({n}) added in {:.1} s.", t.elapsed().as_secs_f64());
            }
            Ok(())
        }
        Command::User {
            command: UserCommand::CreateAdmin { email, name },
        } => {
            let store = startup::open_store(&cfg).await?;
            let st = startup::state(cfg, store, Clock::System).await?;
            let (password, generated) = match std::env::var("IKOE_ADMIN_PASSWORD") {
                Ok(p) => (p, false),
                Err(_) => (security::random_token()[..16].to_string(), true),
            };
            domain::accounts::NewPassword::parse(&password, &password)
                .map_err(|(_, e)| anyhow::anyhow!("IKOE_ADMIN_PASSWORD: {}", st.i18n.t("en", e.0)))?;
            demo::create_admin(&st, &email, &name, &password).await?;
            if generated {
                println!("Platform admin created: {email} / {password}");
            } else {
                println!("Platform admin created: {email} (password from IKOE_ADMIN_PASSWORD)");
            }
            Ok(())
        }
        Command::Backup { target } => {
            let store = startup::open_store(&cfg).await?;
            store.backup_sqlite(&target).await?;
            println!("Backup written to {target}");
            Ok(())
        }
        Command::DefaultConfig => Ok(()),
    }
}

async fn serve(cfg: Config, started: Instant) -> anyhow::Result<()> {
    let listen = cfg.listen.clone();
    let public_url = cfg.public_url.clone();
    let store = startup::open_store(&cfg).await?;
    let st = startup::state(cfg, store, Clock::System).await?;
    if st.config.demo && st.store.count_users().await? == 0 {
        demo::fill(&st).await.context("filling demo data")?;
    }

    let (tx, rx) = tokio::sync::watch::channel(false);
    tokio::spawn(mail::worker(st.clone(), rx.clone()));
    tokio::spawn(ikoe::jobs::run_forever(st.clone(), rx));

    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let app = router::router(st.clone());
    // the demo password is checked (argon2) before the start-up time is taken,
    // so the printed figure is when requests are served
    let demo_login = demo::login(&st).await?;
    println!(
        "ikoe listens on {public_url} (bound to {listen}; started in {} ms)",
        started.elapsed().as_millis()
    );
    if let Some((email, password)) = demo_login {
        println!("Demo login: {email} / {password}");
    }
    let limits = ikoe::server::Limits::from(&st.config.server);
    ikoe::server::serve(listener, app, limits, async move {
        shutdown_signal().await;
        tracing::info!("shutting down: finishing open requests");
        let _ = tx.send(true);
    })
    .await?;
    st.store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
