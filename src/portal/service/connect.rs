//! Device connection at the portal (reference-10 §12.12–§12.15,
//! PROTOCOL.md §10): ConnectStart (open), ConnectStatus (signed by the
//! connecting device's own authentication key), ConnectPending and
//! ConnectComplete (administration devices). Everything lives in the store,
//! so a restart between start and completion loses nothing.

use super::*;
use crate::connect::{self as conn, ConnectionRequest, ConnectionResult};
use crate::crypto::VerifyingKey;

/// The stored PendingConnection of a store record.
fn stored_pending(
    record: &store::PendingRecord,
) -> Outcome<(PendingConnection, ConnectionRequest)> {
    let broken = |e: String| {
        eprintln!(
            "meshman portal: stored connection request of {} is unusable: {e}",
            record.device_udf
        );
        fail(status::INTERNAL, "a stored connection request is unusable")
    };
    let pending: PendingConnection =
        serde_json::from_str(&record.request_json).map_err(|e| broken(e.to_string()))?;
    let request: ConnectionRequest = pending
        .signed_request
        .open_unverified()
        .map_err(|e| broken(e.to_string()))?;
    Ok((pending, request))
}

fn expired(device: &str) -> Fail {
    fail(
        conn::STATUS_EXPIRED,
        format!("the connection request of device {device} expired unanswered"),
    )
}

impl Portal {
    /// ConnectStart: checks the request is self-consistent (signed by the
    /// device key of the device profile it carries, which is self-signed),
    /// names the account's profile, and stores it with a fresh ServiceNonce.
    pub(super) fn connect_start(&self, request: &ConnectStartRequest) -> Outcome<Response> {
        let account = self.known_account_name(&request.account_id)?;
        let cached = self.cached_account(&account)?;
        if cached.revoked {
            return Err(revoked(&cached.profile_id));
        }
        let signed = &request.signed_request;
        let claimed: ConnectionRequest = signed
            .open_unverified()
            .map_err(|e| bad(format!("SignedRequest is not a ConnectionRequest: {e}")))?;
        let device = profile::verify_device(&claimed.device)
            .map_err(|e| bad(format!("the device profile is not self-signed: {e}")))?;
        let key = VerifyingKey::from_public_key(&device.device_signature_key)
            .map_err(|e| bad(format!("the device signature key is unusable: {e}")))?;
        let verified: ConnectionRequest = signed.open(&key).map_err(|e| {
            fail(
                status::UNAUTHORIZED,
                format!("the connection request is not signed by the device's signature key: {e}"),
            )
        })?;
        if signed.identifier != device.identifier {
            return Err(bad(
                "the SignedConnectionRequest's Identifier is not the device's fingerprint",
            ));
        }
        if verified.parent_udf != cached.profile_id {
            return Err(bad(format!(
                "the request is for profile {}, but {account} is bound to profile {}",
                verified.parent_udf, cached.profile_id
            )));
        }
        conn::decode_nonce(&verified.client_nonce, "ClientNonce").map_err(bad)?;
        if cached.profile.device(&device.identifier).is_some() {
            return Err(fail(
                status::CONFLICT,
                format!(
                    "device {} is already a device of {account}'s profile",
                    device.identifier
                ),
            ));
        }
        let stored = self.store.account(&account)?.ok_or_else(|| {
            fail(
                status::NOT_FOUND,
                format!("there is no account {account} on this portal"),
            )
        })?;
        let personal: Signed = serde_json::from_str(&stored.profile_json).map_err(|e| {
            eprintln!("meshman portal: stored profile of {account} is unusable: {e}");
            fail(status::INTERNAL, "the account's stored profile is unusable")
        })?;
        let now = now();
        let service_nonce = conn::new_nonce();
        let pending = PendingConnection {
            signed_request: signed.clone(),
            service_nonce: service_nonce.clone(),
            received: rfc3339(now),
        };
        let json = serde_json::to_string(&pending).expect("a request serializes");
        let expires = now.saturating_add(self.config.connect_expiry.as_secs().max(1));
        // Replaces an earlier request of the same device, answered or not.
        self.store
            .put_pending(&account, &device.identifier, &json, now, expires)?;
        Ok(Response::ConnectStartResponse(ConnectStartResponse {
            status: ResponseStatus::with_description(
                status::OK,
                format!("waiting for an administration device of {account}"),
            ),
            signed_personal_profile: Some(personal),
            service_nonce: Some(service_nonce),
        }))
    }

    /// ConnectStatus: only the connecting device may ask, authenticated by
    /// the DeviceAuthenticationKey of the device profile in its request (the
    /// account's profile does not list it yet).
    pub(super) fn connect_status(
        &self,
        request: &ConnectStatusRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let account = self.known_account_name(&request.account_id)?;
        let token = authentication.ok_or(auth::AuthError::Missing)?;
        let record = self
            .store
            .pending_for_device(&account, &request.device_id)?
            .ok_or_else(|| {
                fail(
                    status::NOT_FOUND,
                    format!(
                        "device {} has no connection request at {account}",
                        request.device_id
                    ),
                )
            })?;
        let (_, connection) = stored_pending(&record)?;
        let device = profile::verify_device(&connection.device)
            .map_err(|e| fail(status::INTERNAL, format!("stored device profile: {e}")))?;
        let key = VerifyingKey::from_public_key(&device.device_authentication_key)
            .map_err(|e| fail(status::INTERNAL, format!("stored device profile: {e}")))?;
        let token = auth::parse(token)?;
        let claims = &token.claims;
        let now = now();
        if !claims.acct.eq_ignore_ascii_case(&account) {
            return Err(auth::AuthError::WrongAccount {
                claimed: claims.acct.clone(),
                expected: account,
            }
            .into());
        }
        if claims.iat.abs_diff(now) > auth::MAX_SKEW_SECS {
            return Err(auth::AuthError::Stale.into());
        }
        let udf = key.udf();
        if claims.kid != udf {
            return Err(fail(
                status::UNAUTHORIZED,
                "ConnectStatus must be signed by the connecting device's own authentication key",
            ));
        }
        token.verify(body, &key, &udf)?;
        if !self
            .store
            .check_and_store_nonce(&claims.kid, &claims.nonce, claims.iat, now)?
        {
            return Err(auth::AuthError::Replayed.into());
        }
        if let Some(result) = &record.result_json {
            let result: Signed = serde_json::from_str(result).map_err(|e| {
                eprintln!("meshman portal: stored connection result is unusable: {e}");
                fail(status::INTERNAL, "the stored connection result is unusable")
            })?;
            return Ok(Response::ConnectStatusResponse(ConnectStatusResponse {
                status: ResponseStatus::with_description(status::OK, "answered"),
                result: Some(result),
            }));
        }
        if record.expires <= now {
            return Err(expired(&request.device_id));
        }
        Ok(Response::ConnectStatusResponse(ConnectStatusResponse {
            status: ResponseStatus::with_description(status::OK, "pending"),
            result: None,
        }))
    }

    /// ConnectPending: unanswered, unexpired requests, oldest first, for an
    /// administration device.
    pub(super) fn connect_pending(
        &self,
        request: &ConnectPendingRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, _, _) =
            self.authenticate_update(authentication, body, Some(&request.account_id), true)?;
        let constraints = request.search_constraints.clone().unwrap_or_default();
        let size = page_size(&constraints)?;
        let after = page_after(&constraints)?;
        let mut records = self.store.pending(&account, now(), after, size + 1)?;
        let more = records.len() > size;
        records.truncate(size);
        let page_key = if more {
            records.last().map(|r| store::page_key(r.seq))
        } else {
            None
        };
        let pending = records
            .iter()
            .map(|r| stored_pending(r).map(|(p, _)| p))
            .collect::<Outcome<Vec<_>>>()?;
        Ok(Response::ConnectPendingResponse(ConnectPendingResponse {
            status: ResponseStatus::ok(),
            pending,
            page_key,
        }))
    }

    /// ConnectComplete: an administration device posts a result signed by
    /// an online key. An acceptance must follow the publication of a profile
    /// that lists the device; a request is answered once, and never after it
    /// expired.
    pub(super) fn connect_complete(
        &self,
        request: &ConnectCompleteRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, cached, _) =
            self.authenticate_update(authentication, body, Some(&request.account_id), true)?;
        let result: ConnectionResult = profile::open_by_online_key(
            &request.result,
            &cached.profile.master,
            "connection result signed by an online key",
        )
        .map_err(|e| fail(status::FORBIDDEN, e.to_string()))?;
        if result.parent_udf != cached.profile_id {
            return Err(bad(format!(
                "the result is for profile {}, but {account} is bound to profile {}",
                result.parent_udf, cached.profile_id
            )));
        }
        let device = result.device.identifier.clone();
        let record = self
            .store
            .pending_for_device(&account, &device)?
            .ok_or_else(|| {
                fail(
                    status::NOT_FOUND,
                    format!("device {device} has no connection request at {account}"),
                )
            })?;
        if record.result_json.is_some() {
            return Err(fail(
                status::CONFLICT,
                format!("the connection request of device {device} was already answered"),
            ));
        }
        let now = now();
        if record.expires <= now {
            return Err(expired(&device));
        }
        let (_, pending) = stored_pending(&record)?;
        if pending.device != result.device {
            return Err(bad(
                "the result names another device profile than the pending request",
            ));
        }
        if result.client_nonce.as_deref() != Some(pending.client_nonce.as_str()) {
            return Err(fail(
                status::CONFLICT,
                format!(
                    "device {device} has made a newer connection request; list the pending requests again"
                ),
            ));
        }
        match result.result.as_str() {
            conn::ACCEPTED => {
                if cached.profile.device(&device).is_none() {
                    return Err(fail(
                        status::CONFLICT,
                        format!(
                            "{account}'s current profile does not list device {device}; publish the profile with the device added first"
                        ),
                    ));
                }
            }
            conn::REFUSED => {}
            other => {
                return Err(bad(format!(
                    "Result must be Accepted or Refused, not {other:?}"
                )));
            }
        }
        let json = serde_json::to_string(&request.result).expect("a result serializes");
        self.store.complete(&account, &device, &json, now)?;
        Ok(Response::ConnectCompleteResponse(ConnectCompleteResponse {
            status: ResponseStatus::with_description(
                status::OK,
                format!("device {device}: {}", result.result),
            ),
        }))
    }
}
