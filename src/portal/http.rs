//! The HTTP binding (PROTOCOL.md §6): `POST /.well-known/mmm/`, JSON in and
//! out, the HTTP status mirroring the response's `Status`, one log line per
//! request on stderr.

use std::future::Future;
use std::io::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use futures_util::FutureExt as _;

use super::Portal;
use super::auth;
use super::service::Answer;
use crate::protocol::{Response, ResponseStatus, status};

/// The path every transaction is posted to (reference-10 §12).
pub const PATH: &str = "/.well-known/mmm/";

fn router(portal: Arc<Portal>) -> Router {
    Router::new()
        .route(PATH, post(endpoint))
        .route("/.well-known/mmm", post(endpoint))
        .with_state(portal)
}

/// Serves `portal` on `listener` until `shutdown` resolves, then lets
/// requests in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    portal: Arc<Portal>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let app = router(portal).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

async fn endpoint(
    State(portal): State<Arc<Portal>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> axum::response::Response {
    let started = Instant::now();
    let limit = portal.config().max_body_bytes;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let answer = if declared.is_some_and(|n| n > limit as u64) {
        too_large(limit)
    } else {
        match axum::body::to_bytes(body, limit).await {
            Err(e) if e.to_string().contains("length limit") => too_large(limit),
            Err(e) => mesh_error(
                status::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            ),
            Ok(bytes) => {
                let authentication = headers
                    .get(auth::HEADER)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                // In place, not on the blocking pool: a read takes tens of
                // microseconds, a Publish awaits its commit, and
                // `Portal::handle` hands the worker of a blocking write over
                // itself (the load benchmark's findings).
                std::panic::AssertUnwindSafe(portal.handle(
                    client.ip(),
                    authentication.as_deref(),
                    &bytes,
                ))
                .catch_unwind()
                .await
                .unwrap_or_else(|_| {
                    eprintln!("meshman portal: a request handler panicked");
                    mesh_error(status::INTERNAL, "the portal failed")
                })
            }
        }
    };
    let code = answer.response.status().status;
    // Never the body, keys or the authentication header. Formatted first
    // and written whole: `eprintln!` would make a system call per piece.
    let line = format!(
        "{} {client} {} {code} {:.1}ms\n",
        crate::time::now(),
        answer.name,
        started.elapsed().as_secs_f64() * 1000.0
    );
    let _ = std::io::stderr().write_all(line.as_bytes());
    let json = serde_json::to_vec(&answer.response).expect("a response serializes");
    axum::response::Response::builder()
        .status(StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json))
        .expect("a valid response")
}

fn mesh_error(code: u16, description: impl Into<String>) -> Answer {
    Answer {
        name: "-",
        response: Response::MeshResponse(ResponseStatus::with_description(code, description)),
    }
}

fn too_large(limit: usize) -> Answer {
    mesh_error(
        status::TOO_LARGE,
        format!("the request body is larger than this portal's limit of {limit} bytes"),
    )
}
