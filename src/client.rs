//! The portal client (reference-10 §12, PROTOCOL.md §6–§7): finds the
//! portal for an account, refuses plain http off loopback, posts tagged
//! requests, and authenticates them with the device's authentication key.

use std::net::IpAddr;
use std::time::Duration;

use crate::crypto::SigningKey;
use crate::protocol::{Request, Response};

/// The well-known path of the portal service.
pub const WELL_KNOWN: &str = "/.well-known/mmm/";

/// A failure talking to a portal, phrased for the user.
#[derive(Debug)]
pub enum ClientError {
    /// The URL or address is unusable.
    Address(String),
    /// Plain http to a host that is not loopback, without `--insecure-http`.
    InsecureHttp(String),
    /// The portal could not be reached.
    Network {
        /// What was tried.
        url: String,
        /// What failed.
        reason: String,
    },
    /// The portal answered with something that is not a Mesh response.
    BadResponse(String),
    /// The portal refused the request.
    Status {
        /// The Mesh status code.
        code: u16,
        /// The portal's description.
        description: String,
    },
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::Address(m) => f.write_str(m),
            ClientError::InsecureHttp(url) => write!(
                f,
                "refusing plain http to {url}: requests and profiles would cross the network unprotected"
            ),
            ClientError::Network { url, reason } => {
                write!(f, "cannot reach the portal at {url}: {reason}")
            }
            ClientError::BadResponse(m) => {
                write!(f, "the portal's answer is not a Mesh response: {m}")
            }
            ClientError::Status { code, description } => {
                write!(f, "the portal refused the request ({code}): {description}")
            }
        }
    }
}

impl std::error::Error for ClientError {}

type Result<T> = std::result::Result<T, ClientError>;

/// The portal URL for `address` (`user@domain`), or for an explicit
/// `portal` (URL or bare domain) when given.
pub fn portal_url(address: Option<&str>, portal: Option<&str>) -> Result<String> {
    if let Some(portal) = portal {
        return normalize_url(portal);
    }
    let address = address.ok_or_else(|| {
        ClientError::Address("no portal: give an account address or --portal URL".into())
    })?;
    let domain = account_domain(address)?;
    Ok(format!("https://{domain}{WELL_KNOWN}"))
}

/// The domain part of `user@domain`.
pub fn account_domain(address: &str) -> Result<&str> {
    match address.rsplit_once('@') {
        Some((user, domain)) if !user.is_empty() && !domain.is_empty() && !domain.contains('/') => {
            Ok(domain)
        }
        _ => Err(ClientError::Address(format!(
            "{address:?} is not an account address of the form user@domain"
        ))),
    }
}

fn normalize_url(text: &str) -> Result<String> {
    let with_scheme = if text.contains("://") {
        text.to_string()
    } else {
        format!("https://{text}")
    };
    let url = reqwest::Url::parse(&with_scheme)
        .map_err(|e| ClientError::Address(format!("{text:?} is not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ClientError::Address(format!(
            "{text:?} is not an http(s) URL"
        )));
    }
    let mut s = url.to_string();
    if url.path() == "/" {
        s.truncate(s.len() - 1);
        s.push_str(WELL_KNOWN);
    }
    Ok(s)
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A connection to one portal.
pub struct PortalClient {
    url: String,
    http: reqwest::blocking::Client,
}

impl PortalClient {
    /// A client for `url`. Plain http is refused unless the host is loopback
    /// or `insecure_http` is set.
    pub fn new(url: &str, insecure_http: bool) -> Result<PortalClient> {
        let parsed = reqwest::Url::parse(url)
            .map_err(|e| ClientError::Address(format!("{url:?} is not a URL: {e}")))?;
        if parsed.scheme() == "http" && !insecure_http && !is_loopback(&parsed) {
            return Err(ClientError::InsecureHttp(url.to_string()));
        }
        // ring is the only TLS crypto provider (reqwest's rustls-no-provider).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("meshman/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Network {
                url: url.to_string(),
                reason: e.to_string(),
            })?;
        Ok(PortalClient {
            url: url.to_string(),
            http,
        })
    }

    /// The portal URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Posts `request`, authenticated as `account` with the device
    /// authentication key when `auth` is given. A non-success `Status` is
    /// returned as [`ClientError::Status`].
    pub fn call(&self, request: &Request, auth: Option<(&str, &SigningKey)>) -> Result<Response> {
        let body = serde_json::to_vec(request).expect("requests serialize");
        let mut post = self
            .http
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json");
        if let Some((account, key)) = auth {
            post = post.header(
                crate::portal::auth::HEADER,
                crate::portal::auth::authenticate(&body, account, key),
            );
        }
        let response = post.body(body).send().map_err(|e| ClientError::Network {
            url: self.url.clone(),
            reason: error_chain(&e),
        })?;
        let http_status = response.status();
        let bytes = response.bytes().map_err(|e| ClientError::Network {
            url: self.url.clone(),
            reason: error_chain(&e),
        })?;
        let parsed: Response = serde_json::from_slice(&bytes).map_err(|e| {
            ClientError::BadResponse(format!(
                "HTTP {http_status}, {e}: {}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
            ))
        })?;
        let status = parsed.status();
        if !status.is_success() {
            return Err(ClientError::Status {
                code: status.status,
                description: status.status_description.clone(),
            });
        }
        Ok(parsed)
    }
}

fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_maps_to_the_well_known_https_url() {
        assert_eq!(
            portal_url(Some("alice@example.com"), None).unwrap(),
            "https://example.com/.well-known/mmm/"
        );
        assert_eq!(
            portal_url(Some("a@b"), Some("http://127.0.0.1:9")).unwrap(),
            "http://127.0.0.1:9/.well-known/mmm/"
        );
        assert_eq!(
            portal_url(None, Some("mesh.example.net")).unwrap(),
            "https://mesh.example.net/.well-known/mmm/"
        );
        assert!(portal_url(Some("nobody"), None).is_err());
        assert!(portal_url(None, None).is_err());
    }

    #[test]
    fn plain_http_only_to_loopback_unless_insisted() {
        assert!(PortalClient::new("http://127.0.0.1:1/.well-known/mmm/", false).is_ok());
        assert!(PortalClient::new("http://localhost:1/.well-known/mmm/", false).is_ok());
        assert!(PortalClient::new("http://[::1]:1/.well-known/mmm/", false).is_ok());
        assert!(matches!(
            PortalClient::new("http://example.com/.well-known/mmm/", false),
            Err(ClientError::InsecureHttp(_))
        ));
        assert!(PortalClient::new("http://example.com/.well-known/mmm/", true).is_ok());
    }
}
