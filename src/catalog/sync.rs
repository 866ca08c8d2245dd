//! Bidirectional catalog synchronization (reference-10 §5.1, PROTOCOL.md §9).
//!
//! A sync of one catalog: download the frames after the last index seen
//! (SynchronizeRequest, paged), checking each signature against the
//! profile's devices; upload the queued local changes with their BaseIndex
//! (AppendRequest, in batches under the portal's body limit); and, if the
//! portal refused some as conflicts or others appended meanwhile, download
//! again so the user sees both sides. Each step commits to the local store
//! on its own, so a kill anywhere loses nothing and repeats nothing: frames
//! are applied idempotently by UniqueID and index, an upload whose answer
//! was lost is recognised when its frames come back, and the portal answers
//! a change sent twice (the first request landed after the next sync had
//! downloaded) as accepted at the frame it already made.
//!
//! [`reencrypt`] handles a catalog key change (after a device is removed):
//! entries still encrypted to an old key are sealed again to the new one
//! and queued.

use std::collections::HashMap;

use super::store::{LocalStore, QueuedChange};
use super::{CatalogError, CatalogKeys, Entry, Opener, Result, Sealer, verify_envelope};
use crate::client::ClientError;
use crate::crypto::{SigningKey, VerifyingKey};
use crate::protocol::{
    AppendRequest, CatalogUpdate, ConflictType, Request, Response, SynchronizeRequest,
};

/// Frames asked for per SynchronizeRequest.
pub const PAGE: u32 = 2000;
/// Default size limit of one AppendRequest body (the portal's default limit is 1 MiB).
pub const MAX_REQUEST_BYTES: usize = 900 * 1024;

/// What a sync of one catalog did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Local changes the portal accepted.
    pub sent: u64,
    /// Frames downloaded and applied.
    pub received: u64,
    /// Local changes refused because the entry changed meanwhile.
    pub conflicts: u64,
    /// Downloaded frames refused: not signed by a device of the profile.
    pub refused: u64,
}

/// A phase of a sync, for progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Downloading frames.
    Download,
    /// Uploading changes.
    Upload,
}

/// Sends one request to the portal and returns its answer.
pub type Call<'a> = dyn FnMut(&Request) -> std::result::Result<Response, ClientError> + 'a;
/// Told `(phase, done, total)` as a sync moves items.
pub type Progress<'a> = dyn FnMut(Phase, u64, u64) + 'a;

/// The things a sync of one profile's catalogs needs.
pub struct Syncer<'a> {
    /// The local store.
    pub store: &'a mut LocalStore,
    /// The profile fingerprint (the store's key).
    pub profile: &'a str,
    /// Signature keys of the profile's devices.
    pub signers: &'a HashMap<String, VerifyingKey>,
    /// This device's fingerprint (the UDF of its signature key): the
    /// frames it signed are its own uploads.
    pub device: &'a str,
    /// The portal.
    pub call: &'a mut Call<'a>,
    /// Progress reports.
    pub progress: &'a mut Progress<'a>,
    /// Largest AppendRequest body to send.
    pub max_request_bytes: usize,
}

impl Syncer<'_> {
    /// Synchronizes one catalog both ways.
    pub fn sync(&mut self, catalog: &str) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        self.download(catalog, &mut report)?;
        let behind = self.upload(catalog, &mut report)?;
        if behind {
            self.download(catalog, &mut report)?;
        }
        Ok(report)
    }

    /// Downloads and applies the frames after the last index seen.
    pub fn download(&mut self, catalog: &str, report: &mut SyncReport) -> Result<()> {
        let start = self.store.synced_index(self.profile, catalog)?;
        let mut next = start + 1;
        loop {
            let request = Request::SynchronizeRequest(SynchronizeRequest {
                catalog: catalog.to_string(),
                index_min: Some(next),
                max_entries: Some(PAGE),
            });
            let Response::SynchronizeResponse(response) = (self.call)(&request)? else {
                return Err(unexpected("SynchronizeResponse"));
            };
            let Some(last) = response.entries.iter().map(|f| f.index).max() else {
                break;
            };
            let (frames, refused) = check_frames(response.entries, self.signers);
            report.received += frames.len() as u64;
            report.refused += refused.len() as u64;
            let landed = self.store.apply_frames(
                self.profile,
                catalog,
                self.device,
                &frames,
                &refused,
                last,
            )?;
            report.conflicts = report.conflicts.saturating_sub(landed);
            let total = response.index_last.unwrap_or(last).saturating_sub(start);
            (self.progress)(Phase::Download, last - start, total);
            if response.page_key.is_none() {
                break;
            }
            next = last + 1;
        }
        Ok(())
    }

    /// Uploads the queued changes. Returns true if another download is
    /// needed (conflicts to show, or frames appended by others meanwhile).
    pub fn upload(&mut self, catalog: &str, report: &mut SyncReport) -> Result<bool> {
        let total = self.store.queue_len(self.profile, catalog)?;
        let mut done = 0;
        let mut behind = false;
        // One batch in memory at a time, read in queue order; changes
        // queued meanwhile get later positions and go in a later batch.
        let mut after_seq = 0;
        loop {
            let batch = self.store.queued_batch(
                self.profile,
                catalog,
                after_seq,
                self.max_request_bytes,
                wire_size,
            )?;
            let Some(last) = batch.last() else {
                break;
            };
            after_seq = last.seq;
            let batch = &batch[..];
            let request = Request::AppendRequest(AppendRequest {
                catalog: catalog.to_string(),
                entries: batch
                    .iter()
                    .map(|c| CatalogUpdate {
                        unique_id: c.unique_id.clone(),
                        base_index: (c.base_index > 0).then_some(c.base_index),
                        envelope: Some(c.envelope.clone()),
                        deleted: c.deleted,
                    })
                    .collect(),
            });
            let Response::AppendResponse(response) = (self.call)(&request)? else {
                return Err(unexpected("AppendResponse"));
            };
            let accepted: Vec<(String, u64)> = response
                .accepted
                .into_iter()
                .map(|a| (a.unique_id, a.index))
                .collect();
            let conflicts: Vec<(String, u64, u64, String)> = response
                .conflicts
                .into_iter()
                .map(|c| {
                    let kind = match c.kind {
                        ConflictType::Exists => "Exists",
                        ConflictType::Updated => "Updated",
                        ConflictType::Deleted => "Deleted",
                    };
                    (
                        c.unique_id,
                        c.given_index,
                        c.current_index,
                        kind.to_string(),
                    )
                })
                .collect();
            let before = response.index_before.unwrap_or(0);
            let after = response.index_after.unwrap_or(before);
            if self.store.synced_index(self.profile, catalog)? != before {
                behind = true;
            }
            report.sent += accepted.len() as u64;
            let recorded = self.store.apply_append(
                self.profile,
                catalog,
                batch,
                &accepted,
                &conflicts,
                before,
                after,
            )?;
            report.conflicts += recorded;
            if !conflicts.is_empty() {
                behind = true;
            }
            done += batch.len() as u64;
            (self.progress)(Phase::Upload, done, total);
        }
        Ok(behind)
    }
}

type Frame = (u64, String, Option<crate::crypto::jws::Jws>, bool);

/// Checks every frame's signature against the profile's devices, on all
/// cores (signature checks dominate a large download): the frames that
/// pass, and `(index, UniqueID, reason)` for those that do not.
fn check_frames(
    entries: Vec<crate::protocol::CatalogFrame>,
    signers: &HashMap<String, VerifyingKey>,
) -> (Vec<Frame>, Vec<(u64, String, String)>) {
    let verdict = |f: &crate::protocol::CatalogFrame| -> Option<String> {
        match &f.envelope {
            None => Some("a deletion without a signed envelope".to_string()),
            Some(envelope) => verify_envelope(envelope, signers)
                .err()
                .map(|e| e.to_string()),
        }
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = entries.len().div_ceil(threads).max(256);
    let verdicts: Vec<Option<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(verdict).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a signature check does not panic"))
            .collect()
    });
    let mut frames = Vec::with_capacity(entries.len());
    let mut refused = Vec::new();
    for (frame, verdict) in entries.into_iter().zip(verdicts) {
        match verdict {
            None => frames.push((frame.index, frame.unique_id, frame.envelope, frame.deleted)),
            Some(reason) => refused.push((frame.index, frame.unique_id, reason)),
        }
    }
    (frames, refused)
}

/// About how many bytes `change` adds to an AppendRequest body.
fn wire_size(change: &QueuedChange) -> usize {
    change.envelope.payload.len()
        + change
            .envelope
            .signatures
            .iter()
            .map(|s| s.protected.len() + s.signature.len() + 64)
            .sum::<usize>()
        + change.unique_id.len()
        + 96
}

fn unexpected(wanted: &str) -> CatalogError {
    CatalogError::Portal(ClientError::BadResponse(format!(
        "the portal answered with something other than a {wanted}"
    )))
}

/// After the catalog's encryption key changed (a device was removed and the
/// catalog re-keyed), seals every entry still encrypted to an old key again
/// to the current one, signed by `signer`, and queues it, so the next upload
/// replaces the versions a removed device could read. Queued changes sealed
/// to an old key are sealed again in place. Returns how many entries were
/// re-encrypted; entries this device cannot open (no old key) are skipped
/// and counted in the second number.
pub fn reencrypt(
    store: &mut LocalStore,
    profile: &str,
    keys: &CatalogKeys,
    signer: &SigningKey,
) -> Result<(u64, u64)> {
    let current = keys.current_udf();
    let catalog = keys.catalog.as_str();
    let sealer = Sealer::new(keys, signer);
    let mut opener = Opener::new(keys);
    let mut changes: Vec<(String, crate::crypto::jws::Jws, bool, Option<u64>)> = Vec::new();
    let mut unreadable = 0;
    let queued = store.queued(profile, catalog)?;
    let queued_ids: std::collections::HashSet<&str> =
        queued.iter().map(|q| q.unique_id.as_str()).collect();
    let mut reseal = |unique_id: &str,
                      envelope: &crate::crypto::jws::Jws|
     -> Option<(crate::crypto::jws::Jws, bool)> {
        let entry = opener.open(unique_id, envelope).ok()?;
        let deleted = matches!(entry, Entry::CatalogedDeletion(_));
        Some((sealer.seal(&entry), deleted))
    };
    for change in &queued {
        if super::envelope_key_id(&change.envelope).as_deref() == Some(current.as_str()) {
            continue;
        }
        match reseal(&change.unique_id, &change.envelope) {
            Some((envelope, deleted)) => {
                changes.push((change.unique_id.clone(), envelope, deleted, None));
            }
            None => unreadable += 1,
        }
    }
    let requeued = changes.len();
    store.enqueue_many(profile, catalog, &changes, true)?;
    changes.clear();
    for entry in store.stale_entries(profile, catalog, &current)? {
        if queued_ids.contains(entry.unique_id.as_str()) {
            continue;
        }
        let Some(envelope) = entry.envelope.as_ref() else {
            continue;
        };
        match reseal(&entry.unique_id, envelope) {
            Some((envelope, deleted)) => {
                changes.push((
                    entry.unique_id.clone(),
                    envelope,
                    deleted,
                    Some(entry.index),
                ));
            }
            None => unreadable += 1,
        }
    }
    store.enqueue_many(profile, catalog, &changes, true)?;
    Ok(((requeued + changes.len()) as u64, unreadable))
}
