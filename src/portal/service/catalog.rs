//! The catalog transactions (reference-10 §5.1, §12; PROTOCOL.md §9):
//! Synchronize reads a catalog's log from an index, Append adds changes in
//! one transaction with the conflict rules of [`Store::append`]. Any device
//! of the account may do either, authenticated. The portal holds only
//! envelopes: it checks that each names a device of the profile as its
//! signer and otherwise stores them as opaque ciphertext.

use super::{Outcome, Portal, bad, fail};
use crate::catalog::sync::PAGE;
use crate::portal::store::{self, UpdateRecord};
use crate::profile::CATALOGS;
use crate::protocol::*;

/// Most frames one SynchronizeResponse carries.
pub const MAX_FRAMES: usize = PAGE as usize;
/// Most changes one AppendRequest may carry.
pub const MAX_UPDATES: usize = 20_000;

fn check_catalog(catalog: &str) -> Outcome<()> {
    if CATALOGS.contains(&catalog) {
        Ok(())
    } else {
        Err(fail(
            status::BAD_REQUEST,
            format!(
                "there is no catalog {catalog:?} (catalogs: {})",
                CATALOGS.join(", ")
            ),
        ))
    }
}

impl Portal {
    pub(super) fn synchronize(
        &self,
        request: &SynchronizeRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, _, _) = self.authenticate(authentication, body, None, false)?;
        check_catalog(&request.catalog)?;
        let max = request
            .max_entries
            .map_or(MAX_FRAMES, |m| (m as usize).clamp(1, MAX_FRAMES));
        let index_min = request.index_min.unwrap_or(1).max(1);
        let (mut records, last) =
            self.store
                .sync(&account, &request.catalog, index_min, max + 1)?;
        let more = records.len() > max;
        records.truncate(max);
        // The page key is the IndexMin of the next page.
        let page_key = more
            .then(|| records.last().map(|r| store::page_key(r.index + 1)))
            .flatten();
        let mut entries = Vec::with_capacity(records.len());
        for r in records {
            let envelope = match r.envelope_json.as_deref() {
                Some(json) => Some(serde_json::from_str(json).map_err(|e| {
                    eprintln!("meshman portal: stored envelope unreadable: {e}");
                    fail(status::INTERNAL, "the portal's database failed")
                })?),
                None => None,
            };
            entries.push(CatalogFrame {
                index: r.index,
                unique_id: r.unique_id,
                envelope,
                deleted: r.deleted,
            });
        }
        Ok(Response::SynchronizeResponse(SynchronizeResponse {
            status: ResponseStatus::ok(),
            entries,
            index_last: Some(last),
            page_key,
        }))
    }

    pub(super) async fn append(
        &self,
        request: &AppendRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, cached, _) = self.authenticate_update(authentication, body, None, false)?;
        check_catalog(&request.catalog)?;
        if request.entries.len() > MAX_UPDATES {
            return Err(fail(
                status::TOO_LARGE,
                format!("an append may carry at most {MAX_UPDATES} changes"),
            ));
        }
        let mut updates = Vec::with_capacity(request.entries.len());
        for u in &request.entries {
            // reference-10 §5: an entry is signed by a device of the profile.
            // The portal cannot read entries, but it can refuse envelopes
            // that do not even claim such a signer.
            if let Some(envelope) = &u.envelope {
                let kid = envelope
                    .header()
                    .map_err(|e| bad(format!("the envelope of {}: {e}", u.unique_id)))?
                    .kid;
                if cached.profile.device(&kid).is_none() {
                    return Err(fail(
                        status::FORBIDDEN,
                        format!(
                            "the envelope of {} is signed by {kid}, not a device of the profile",
                            u.unique_id
                        ),
                    ));
                }
            }
            updates.push(UpdateRecord {
                unique_id: u.unique_id.clone(),
                base_index: u.base_index,
                envelope_json: u
                    .envelope
                    .as_ref()
                    .map(|e| serde_json::to_string(e).expect("a JWS serializes")),
                deleted: u.deleted,
            });
        }
        let outcome = self
            .store
            .append_later(&account, &request.catalog, &updates)
            .await?;
        // 200 even with conflicts: the request succeeded and the conflicts
        // are its answer (PROTOCOL.md §9).
        Ok(Response::AppendResponse(AppendResponse {
            status: ResponseStatus::ok(),
            index_before: Some(outcome.index_before),
            index_after: Some(outcome.index_after),
            accepted: outcome
                .accepted
                .into_iter()
                .map(|(unique_id, index)| Accepted { unique_id, index })
                .collect(),
            conflicts: outcome
                .conflicts
                .into_iter()
                .map(|c| Conflict {
                    unique_id: c.unique_id,
                    given_index: c.given_index,
                    current_index: c.current_index,
                    kind: c.kind,
                })
                .collect(),
        }))
    }
}
