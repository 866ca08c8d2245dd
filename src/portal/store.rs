//! Portal storage (reference-10 §12, PROTOCOL.md §6–§10): accounts, the
//! append-only portal log with its hash-chain checkpoint, published entries
//! (profiles, recovery records, revocations), request-authentication nonces,
//! pending device connections and the per-account catalog logs.
//!
//! [`Store`] is the boundary the protocol code talks to; [`SqliteStore`] is
//! the one implementation so far. The portal never sees catalog plaintext:
//! entries, envelopes and profiles are stored as the JSON text it received.
//!
//! Times are Unix seconds, passed in by the caller so behaviour that depends
//! on the clock (expiry, the nonce window, search windows) is deterministic.
//! Every mutating method is one SQLite transaction: it happens entirely or
//! not at all, and once it returns `Ok` it survives a crash or power loss
//! (WAL with `synchronous=FULL`).

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use ring::digest::{Context, SHA512};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::protocol::ConflictType;

mod checkpoint;
mod nonces;
mod writer;

/// Read-only connections of a [`SqliteStore`]: a few more than the
/// portal's two worker threads, for the reads of write transactions.
const READERS: usize = 4;

/// Prepared statements kept per connection: more than the store has.
const STATEMENT_CACHE: usize = 64;

/// The schema this code writes, kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 1;

/// How long a request-authentication nonce is remembered (PROTOCOL.md §7).
pub const NONCE_WINDOW_SECS: u64 = 300;

/// Log kind of an account creation.
pub const KIND_CREATE_ACCOUNT: &str = "CreateAccount";
/// Log kind of an account deletion.
pub const KIND_DELETE_ACCOUNT: &str = "DeleteAccount";
/// Kind of a personal profile, in the log and among entries.
pub const KIND_PERSONAL_PROFILE: &str = "SignedPersonalProfile";
/// Kind of a recovery record.
pub const KIND_RECOVERY_RECORD: &str = "OfflineEscrowEntry";
/// Kind of a master revocation.
pub const KIND_REVOCATION: &str = "MasterRevocation";
/// Log kind of a device's connection request.
pub const KIND_CONNECTION_REQUEST: &str = "SignedConnectionRequest";
/// Log kind of an administrator's connection result.
pub const KIND_CONNECTION_RESULT: &str = "SignedConnectionResult";

/// Why a store operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The account, name or entry exists already.
    Exists(String),
    /// The account, entry or connection request does not exist (or expired).
    NotFound(String),
    /// The operation conflicts with the stored state.
    Conflict(String),
    /// The profile has been revoked; the portal refuses further updates.
    Revoked(String),
    /// The caller passed something the store cannot accept.
    Invalid(String),
    /// The database holds something this code cannot read.
    Corrupt(String),
    /// The database failed.
    Database(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Exists(m) => write!(f, "{m} already exists"),
            StoreError::NotFound(m) => write!(f, "{m} was not found"),
            StoreError::Conflict(m) => write!(f, "conflict: {m}"),
            StoreError::Revoked(m) => write!(f, "profile {m} has been revoked"),
            StoreError::Invalid(m) => write!(f, "invalid request to the store: {m}"),
            StoreError::Corrupt(m) => write!(f, "the portal database is corrupt: {m}"),
            StoreError::Database(m) => write!(f, "the portal database failed: {m}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
                StoreError::Corrupt(e.to_string())
            }
            _ => StoreError::Database(e.to_string()),
        }
    }
}

/// Shorthand for store results.
pub type Result<T> = std::result::Result<T, StoreError>;

/// A write already sent to the store: a future of its result. It is
/// carried out whether or not the future is awaited.
pub type PendingWrite<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T>> + Send>>;

/// An account on this portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRecord {
    /// The account name, `alice@example.com`.
    pub account: String,
    /// UDF of the personal profile (the master signature key's fingerprint).
    pub profile_id: String,
    /// The current SignedPersonalProfile, as received.
    pub profile_json: String,
    /// When the account was created.
    pub created: u64,
    /// When the profile was last replaced.
    pub updated: u64,
    /// True once a master revocation was received for the profile.
    pub revoked: bool,
}

/// A hold on an account name (ValidateRequest `Reserve`, §12.6.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reservation {
    /// The name held.
    pub account: String,
    /// Who holds it (opaque to the store, e.g. a client address).
    pub holder: String,
    /// When the hold lapses.
    pub until: u64,
}

/// One record of the portal log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Position in the log, from 1, without gaps.
    pub index: u64,
    /// The account written to, if any.
    pub account: Option<String>,
    /// Identifier of the entry or object concerned.
    pub identifier: String,
    /// What happened: an entry type name or an event (`DeleteAccount`).
    pub kind: String,
    /// The JSON written, if any.
    pub data_json: Option<String>,
    /// When.
    pub time: u64,
    /// Hex SHA-512 hash chain value after this record.
    pub chain: String,
}

/// A published entry (profile, recovery record, revocation), for Get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRecord {
    /// Log index of the write that stored this version; the paging order.
    pub index: u64,
    /// The entry's Identifier.
    pub identifier: String,
    /// Its type name.
    pub kind: String,
    /// The account that published it; `None` once the account was deleted.
    pub account: Option<String>,
    /// The entry JSON as received.
    pub json: String,
    /// When this version was published.
    pub published: u64,
}

/// Filters for [`Store::search`]; every `None` matches everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntryQuery {
    /// Only this identifier.
    pub identifier: Option<String>,
    /// Only entries of this account.
    pub account: Option<String>,
    /// Only this kind.
    pub kind: Option<String>,
    /// Only these kinds (any of them); empty matches every kind.
    pub kinds: Vec<String>,
    /// Only entries published at or after this time.
    pub not_before: Option<u64>,
    /// Only entries published strictly before this time.
    pub before: Option<u64>,
    /// Only entries after this index (from a page key).
    pub after_index: Option<u64>,
    /// Most entries to return.
    pub limit: usize,
}

/// A device's connection request, pending or answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRecord {
    /// Order of arrival; the paging key of [`Store::pending`].
    pub seq: u64,
    /// The account the device asked to join.
    pub account: String,
    /// The device's UDF.
    pub device_udf: String,
    /// The stored request (the portal's PendingConnection JSON).
    pub request_json: String,
    /// When it arrived.
    pub received: u64,
    /// When it lapses unanswered.
    pub expires: u64,
    /// The SignedConnectionResult, once given.
    pub result_json: Option<String>,
}

/// One frame of a catalog log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameRecord {
    /// Index in the catalog, from 1.
    pub index: u64,
    /// The entry's UniqueID.
    pub unique_id: String,
    /// The envelope JSON (opaque), absent on some deletes.
    pub envelope_json: Option<String>,
    /// True if this frame deletes the entry.
    pub deleted: bool,
}

/// One change of an append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateRecord {
    /// The entry's UniqueID.
    pub unique_id: String,
    /// The frame index the change was made against; `None`/0 for a new entry.
    pub base_index: Option<u64>,
    /// The envelope JSON (opaque); required unless `deleted`.
    pub envelope_json: Option<String>,
    /// True to delete the entry.
    pub deleted: bool,
}

/// A refused change of an append (PROTOCOL.md §9).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictRecord {
    /// The entry's UniqueID.
    pub unique_id: String,
    /// The BaseIndex given (0 for none).
    pub given_index: u64,
    /// Index of the entry's latest frame.
    pub current_index: u64,
    /// What happened to it.
    pub kind: ConflictType,
}

/// What an append did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppendOutcome {
    /// The catalog's last index before (0 if empty).
    pub index_before: u64,
    /// The catalog's last index after.
    pub index_after: u64,
    /// Accepted changes: UniqueID and the index of the new frame.
    pub accepted: Vec<(String, u64)>,
    /// Refused changes.
    pub conflicts: Vec<ConflictRecord>,
}

/// Encodes a paging position as a PageKey. Clients treat it as opaque; it
/// is the decimal index of the last item returned.
pub fn page_key(last_index: u64) -> String {
    last_index.to_string()
}

/// Reads a PageKey made by [`page_key`].
pub fn parse_page_key(key: &str) -> Result<u64> {
    key.parse()
        .map_err(|_| StoreError::Invalid(format!("page key {key:?} is not one this portal issued")))
}

/// What [`Store::put_entry`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Put {
    /// The log index of the write.
    pub index: u64,
    /// Whether it replaced an earlier version of the entry.
    pub replaced: bool,
}

/// The portal's storage. Implementations must be safe to share between
/// request handlers; every mutating method is atomic and durable on `Ok`.
pub trait Store: Send + Sync {
    /// Creates `account` bound to the profile, publishes the profile as an
    /// entry and logs both. `Exists` if the name is taken, `Revoked` if the
    /// profile was revoked. Returns the log index.
    fn create_account(
        &self,
        account: &str,
        profile_id: &str,
        profile_json: &str,
        now: u64,
    ) -> Result<u64>;

    /// Deletes an account with its pending connections and catalogs. The
    /// published profile stays (profiles are permanent, §12.8) but no longer
    /// names the account. `NotFound` if there is no such account.
    fn delete_account(&self, account: &str, now: u64) -> Result<u64>;

    /// The account, if it exists.
    fn account(&self, account: &str) -> Result<Option<AccountRecord>>;

    /// Every account bound to a profile, oldest first.
    fn account_by_profile(&self, profile_id: &str) -> Result<Vec<AccountRecord>>;

    /// Replaces the account's personal profile (and its published entry),
    /// provided the account is still bound to `profile_id` (an account
    /// deleted and re-created for another profile meanwhile is a
    /// `Conflict`). `NotFound`, or `Revoked` once the profile was revoked.
    fn update_profile(
        &self,
        account: &str,
        profile_id: &str,
        profile_json: &str,
        now: u64,
    ) -> Result<u64>;

    /// [`Store::update_profile`] for async callers. A store that cannot
    /// send a write ahead does it here and returns its result.
    fn update_profile_later(
        &self,
        account: &str,
        profile_id: &str,
        profile_json: &str,
        now: u64,
    ) -> PendingWrite<u64> {
        Box::pin(std::future::ready(self.update_profile(
            account,
            profile_id,
            profile_json,
            now,
        )))
    }

    /// Records a master revocation: publishes it, marks every account of the
    /// profile revoked, and refuses later creations and updates for it.
    fn mark_revoked(&self, profile_id: &str, revocation_json: &str, now: u64) -> Result<u64>;

    /// Holds an unused name for `holder` until `until`. False if the account
    /// exists or someone else holds an unexpired reservation.
    fn reserve(&self, account: &str, holder: &str, until: u64, now: u64) -> Result<bool>;

    /// The unexpired reservation of a name, if any.
    fn reservation(&self, account: &str, now: u64) -> Result<Option<Reservation>>;

    /// Log records with `index_min <= index <= index_max`, optionally of one
    /// account, in order, at most `limit`.
    fn log_range(
        &self,
        account: Option<&str>,
        index_min: u64,
        index_max: u64,
        limit: usize,
    ) -> Result<Vec<LogEntry>>;

    /// Index and time of the last log record.
    fn last_write(&self) -> Result<Option<(u64, u64)>>;

    /// The current checkpoint: hex chain value of the last log record, or
    /// 128 zeros for an empty log.
    fn checkpoint(&self) -> Result<String>;

    /// Recomputes the hash chain over the whole log; `Corrupt` names the
    /// first record that does not match. Returns the checkpoint.
    fn verify_log(&self) -> Result<String>;

    /// Publishes (or replaces) the entry `(identifier, kind)` and logs it.
    /// `Conflict` if that entry belongs to another account, or if the
    /// identifier already names an entry of another kind (a recovery record
    /// cannot take a profile's fingerprint). The checks and the write are
    /// one transaction, so two publishers cannot both pass them.
    fn put_entry(
        &self,
        identifier: &str,
        kind: &str,
        account: Option<&str>,
        json: &str,
        now: u64,
    ) -> Result<Put>;

    /// [`Store::put_entry`] for async callers (see
    /// [`Store::update_profile_later`]).
    fn put_entry_later(
        &self,
        identifier: &str,
        kind: &str,
        account: Option<&str>,
        json: &str,
        now: u64,
    ) -> PendingWrite<Put> {
        Box::pin(std::future::ready(
            self.put_entry(identifier, kind, account, json, now),
        ))
    }

    /// The entry `(identifier, kind)`, or with no kind the most recently
    /// written entry of that identifier.
    fn get_entry(&self, identifier: &str, kind: Option<&str>) -> Result<Option<EntryRecord>>;

    /// Entries matching `query`, in index order. An entry replaced between
    /// two pages gets a new index, so paging may show it again (its new
    /// version) but never skips one.
    fn search(&self, query: &EntryQuery) -> Result<Vec<EntryRecord>>;

    /// Every published version matching `query`, from the log (an entry
    /// replaced by a later version still appears here), in index order;
    /// `published` is the time of each write. Recovery records have no
    /// history here: only their current version is served (by
    /// [`Store::search`]); their owner has every version in the log.
    fn history(&self, query: &EntryQuery) -> Result<Vec<EntryRecord>>;

    /// Remembers a request nonce. False if it was seen within the window, or
    /// `iat` is too old for the window to say (PROTOCOL.md §7). Prunes nonces
    /// older than the window.
    fn check_and_store_nonce(&self, key_udf: &str, nonce: &str, iat: u64, now: u64)
    -> Result<bool>;

    /// Stores a device's connection request, replacing an earlier one from
    /// the same device, and logs it. Returns its sequence number.
    fn put_pending(
        &self,
        account: &str,
        device_udf: &str,
        request_json: &str,
        received: u64,
        expires: u64,
    ) -> Result<u64>;

    /// Unanswered, unexpired requests of an account with `seq > after`, in
    /// arrival order, at most `limit`.
    fn pending(
        &self,
        account: &str,
        now: u64,
        after: Option<u64>,
        limit: usize,
    ) -> Result<Vec<PendingRecord>>;

    /// The request of one device, answered or not, expired or not.
    fn pending_for_device(&self, account: &str, device_udf: &str) -> Result<Option<PendingRecord>>;

    /// Answers a request. `NotFound` if there is none or it expired,
    /// `Conflict` if it was already answered.
    fn complete(&self, account: &str, device_udf: &str, result_json: &str, now: u64)
    -> Result<u64>;

    /// The answer to a device's request, once given.
    fn connection_result(&self, account: &str, device_udf: &str) -> Result<Option<String>>;

    /// Frames of a catalog with `index >= index_min`, at most `limit`, and
    /// the catalog's last index (0 if empty).
    fn sync(
        &self,
        account: &str,
        catalog: &str,
        index_min: u64,
        limit: usize,
    ) -> Result<(Vec<FrameRecord>, u64)>;

    /// Appends changes to a catalog in one transaction (PROTOCOL.md §9).
    ///
    /// Each change is judged against the latest frame of its UniqueID:
    /// - none: accepted;
    /// - BaseIndex absent or 0: `Exists` unless the latest frame is a delete
    ///   (re-creating a deleted entry is accepted);
    /// - BaseIndex equal to the latest frame's index: accepted;
    /// - otherwise `Deleted` if the latest frame is a delete, else `Updated`;
    /// - but a change whose envelope and deletion flag equal the latest
    ///   frame's is a resend of that frame: accepted with its index, and
    ///   nothing is appended.
    ///
    /// Conflicting changes are reported and skipped; the others are appended
    /// in request order with consecutive indexes. A UniqueID twice in one
    /// request, or a non-delete without an envelope, is `Invalid` and
    /// nothing is written.
    fn append(
        &self,
        account: &str,
        catalog: &str,
        updates: &[UpdateRecord],
    ) -> Result<AppendOutcome>;

    /// [`Store::append`] for async callers (see
    /// [`Store::update_profile_later`]).
    fn append_later(
        &self,
        account: &str,
        catalog: &str,
        updates: &[UpdateRecord],
    ) -> PendingWrite<AppendOutcome> {
        Box::pin(std::future::ready(self.append(account, catalog, updates)))
    }
}

/// [`Store`] in one SQLite file.
pub struct SqliteStore {
    /// The one connection that writes, on its own thread, where writes
    /// sent together share a commit (see the `writer` module).
    writer: writer::Writer,
    /// Connections that only read (`query_only`), so reads neither wait for
    /// one another nor for a write's fsync.
    readers: Vec<Mutex<Connection>>,
    next_reader: std::sync::atomic::AtomicUsize,
    /// Replay nonces: in memory, and in log files beside the database for
    /// restarts (see the `nonces` module). Every authenticated request
    /// writes one, so they stay out of SQLite's single write lock and its
    /// fsyncs.
    nonces: nonces::NonceLog,
}

const SCHEMA: &str = "
CREATE TABLE accounts (
    account TEXT PRIMARY KEY,
    profile_id TEXT NOT NULL,
    profile_json TEXT NOT NULL,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX accounts_profile ON accounts(profile_id);
CREATE TABLE reservations (
    account TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until INTEGER NOT NULL
);
CREATE TABLE log (
    idx INTEGER PRIMARY KEY,
    account TEXT,
    identifier TEXT NOT NULL,
    kind TEXT NOT NULL,
    data_json TEXT,
    time INTEGER NOT NULL,
    chain TEXT NOT NULL
);
CREATE INDEX log_account ON log(account, idx);
CREATE TABLE entries (
    identifier TEXT NOT NULL,
    kind TEXT NOT NULL,
    account TEXT,
    json TEXT NOT NULL,
    published INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    PRIMARY KEY (identifier, kind)
);
CREATE INDEX entries_idx ON entries(idx);
CREATE INDEX entries_account ON entries(account, idx);
CREATE TABLE nonces (
    key_udf TEXT NOT NULL,
    nonce TEXT NOT NULL,
    iat INTEGER NOT NULL,
    PRIMARY KEY (key_udf, nonce)
);
CREATE INDEX nonces_iat ON nonces(iat);
CREATE TABLE pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    device_udf TEXT NOT NULL,
    request_json TEXT NOT NULL,
    received INTEGER NOT NULL,
    expires INTEGER NOT NULL,
    result_json TEXT,
    UNIQUE (account, device_udf)
);
CREATE TABLE frames (
    account TEXT NOT NULL,
    catalog TEXT NOT NULL,
    idx INTEGER NOT NULL,
    unique_id TEXT NOT NULL,
    envelope_json TEXT,
    deleted INTEGER NOT NULL,
    PRIMARY KEY (account, catalog, idx)
);
CREATE INDEX frames_unique ON frames(account, catalog, unique_id, idx);
";

/// Statements through the connection's statement cache: the portal runs
/// the same few dozen statements over and over, and parsing one costs about
/// as much as running it.
trait Cached {
    fn cached_execute(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize>;
    fn cached_query_row<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T>;
}

impl Cached for Connection {
    fn cached_execute(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    fn cached_query_row<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }
}

/// u64 to SQLite's i64, saturating (times and indexes never get near 2^63).
fn int(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// SQLite's i64 back to u64; the store never writes negatives.
fn uint(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

fn limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Lower-case hex. Each write formats a chain value on the writer's
/// thread, where a `format!` per byte showed in profiles.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(2 * bytes.len());
    for b in bytes {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    text
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The chain value before the first record.
fn genesis() -> String {
    "0".repeat(128)
}

/// `SHA-512(prev_chain || canonical)`, where canonical is the compact JSON
/// array `[index, account, identifier, kind, data_json, time]` (strings as
/// JSON strings, absent values as null): unambiguous and easy to recompute.
fn chain_value(prev: &str, entry: &LogEntry) -> Result<String> {
    let prev = unhex(prev).filter(|b| b.len() == 64).ok_or_else(|| {
        StoreError::Corrupt(format!("log chain value {prev:?} is not 64 bytes of hex"))
    })?;
    let mut hasher = Hasher(Context::new(&SHA512));
    hasher.0.update(&prev);
    // The compact JSON array [index, account, identifier, kind, data_json,
    // time], serialised straight into the hash (a tuple is a JSON array).
    serde_json::to_writer(
        &mut hasher,
        &(
            entry.index,
            &entry.account,
            &entry.identifier,
            &entry.kind,
            &entry.data_json,
            entry.time,
        ),
    )
    .map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(hex(hasher.0.finish().as_ref()))
}

/// Feeds what is written to it into a digest.
struct Hasher(Context);

impl std::io::Write for Hasher {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Appends one record to the portal log inside `tx`; returns its index.
fn append_log(
    tx: &Connection,
    account: Option<&str>,
    identifier: &str,
    kind: &str,
    data_json: Option<&str>,
    time: u64,
) -> Result<u64> {
    let last: Option<(i64, String)> = tx
        .cached_query_row(
            "SELECT idx, chain FROM log ORDER BY idx DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (prev_index, prev_chain) = match last {
        Some((i, c)) => (uint(i), c),
        None => (0, genesis()),
    };
    let mut entry = LogEntry {
        index: prev_index + 1,
        account: account.map(str::to_owned),
        identifier: identifier.to_owned(),
        kind: kind.to_owned(),
        data_json: data_json.map(str::to_owned),
        time,
        chain: String::new(),
    };
    entry.chain = chain_value(&prev_chain, &entry)?;
    tx.cached_execute(
        "INSERT INTO log (idx, account, identifier, kind, data_json, time, chain)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            int(entry.index),
            entry.account,
            entry.identifier,
            entry.kind,
            entry.data_json,
            int(entry.time),
            entry.chain
        ],
    )?;
    Ok(entry.index)
}

/// The log records that keep their versions, as the WHERE clause of the
/// `log_versions` index. Queries repeat it word for word, which is how
/// SQLite knows the partial index covers them.
fn versioned() -> String {
    format!("kind <> '{KIND_RECOVERY_RECORD}'")
}

/// The statement and arguments of [`Store::history`].
fn history_sql(query: &EntryQuery) -> (String, Vec<Value>) {
    let (clauses, args) = query_clauses(query, "account", "time");
    let sql = format!(
        "SELECT idx, identifier, kind, account, data_json, time FROM log
         WHERE data_json IS NOT NULL AND {}{clauses} ORDER BY idx LIMIT ?{}",
        versioned(),
        args.len()
    );
    (sql, args)
}

/// Inserts or replaces an entry inside `tx`, logging it.
fn upsert_entry(
    tx: &Connection,
    identifier: &str,
    kind: &str,
    account: Option<&str>,
    json: &str,
    now: u64,
) -> Result<u64> {
    let index = append_log(tx, account, identifier, kind, Some(json), now)?;
    tx.cached_execute(
        "INSERT INTO entries (identifier, kind, account, json, published, idx)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (identifier, kind) DO UPDATE SET
           account = excluded.account, json = excluded.json,
           published = excluded.published, idx = excluded.idx",
        params![identifier, kind, account, json, int(now), int(index)],
    )?;
    Ok(index)
}

fn is_revoked(tx: &Connection, profile_id: &str) -> Result<bool> {
    Ok(tx
        .cached_query_row(
            "SELECT 1 FROM entries WHERE identifier = ?1 AND kind = ?2",
            params![profile_id, KIND_REVOCATION],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The `AND ...` clauses and arguments of an [`EntryQuery`] over a table
/// with `identifier`, `kind`, `idx` and the given account and time columns;
/// the last argument is the LIMIT.
fn query_clauses(query: &EntryQuery, account_col: &str, time_col: &str) -> (String, Vec<Value>) {
    let mut sql = String::new();
    let mut args: Vec<Value> = Vec::new();
    let mut add = |clause: String, value: Value| {
        args.push(value);
        sql.push_str(&format!(" AND {clause} ?{}", args.len()));
    };
    if let Some(v) = &query.identifier {
        add("identifier =".into(), Value::Text(v.clone()));
    }
    if let Some(v) = &query.account {
        add(format!("{account_col} ="), Value::Text(v.clone()));
    }
    if let Some(v) = &query.kind {
        add("kind =".into(), Value::Text(v.clone()));
    }
    if let Some(v) = query.not_before {
        add(format!("{time_col} >="), Value::Integer(int(v)));
    }
    if let Some(v) = query.before {
        add(format!("{time_col} <"), Value::Integer(int(v)));
    }
    if let Some(v) = query.after_index {
        add("idx >".into(), Value::Integer(int(v)));
    }
    if !query.kinds.is_empty() {
        let mut placeholders = Vec::new();
        for kind in &query.kinds {
            args.push(Value::Text(kind.clone()));
            placeholders.push(format!("?{}", args.len()));
        }
        sql.push_str(&format!(" AND kind IN ({})", placeholders.join(", ")));
    }
    args.push(Value::Integer(limit(query.limit)));
    (sql, args)
}

const ACCOUNT_COLUMNS: &str = "account, profile_id, profile_json, created, updated, revoked";

fn account_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AccountRecord> {
    Ok(AccountRecord {
        account: r.get(0)?,
        profile_id: r.get(1)?,
        profile_json: r.get(2)?,
        created: uint(r.get(3)?),
        updated: uint(r.get(4)?),
        revoked: r.get::<_, i64>(5)? != 0,
    })
}

const ENTRY_COLUMNS: &str = "idx, identifier, kind, account, json, published";

fn entry_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EntryRecord> {
    Ok(EntryRecord {
        index: uint(r.get(0)?),
        identifier: r.get(1)?,
        kind: r.get(2)?,
        account: r.get(3)?,
        json: r.get(4)?,
        published: uint(r.get(5)?),
    })
}

const LOG_COLUMNS: &str = "idx, account, identifier, kind, data_json, time, chain";

fn log_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LogEntry> {
    Ok(LogEntry {
        index: uint(r.get(0)?),
        account: r.get(1)?,
        identifier: r.get(2)?,
        kind: r.get(3)?,
        data_json: r.get(4)?,
        time: uint(r.get(5)?),
        chain: r.get(6)?,
    })
}

const PENDING_COLUMNS: &str =
    "seq, account, device_udf, request_json, received, expires, result_json";

fn pending_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PendingRecord> {
    Ok(PendingRecord {
        seq: uint(r.get(0)?),
        account: r.get(1)?,
        device_udf: r.get(2)?,
        request_json: r.get(3)?,
        received: uint(r.get(4)?),
        expires: uint(r.get(5)?),
        result_json: r.get(6)?,
    })
}

fn last_frame_index(tx: &Connection, account: &str, catalog: &str) -> Result<u64> {
    let last: i64 = tx.cached_query_row(
        "SELECT COALESCE(MAX(idx), 0) FROM frames WHERE account = ?1 AND catalog = ?2",
        params![account, catalog],
        |r| r.get(0),
    )?;
    Ok(uint(last))
}

/// The write of [`Store::update_profile`], to run on the writer's thread.
fn update_profile_write(
    account: &str,
    expected_profile: &str,
    profile_json: &str,
    now: u64,
) -> impl FnOnce(&Connection) -> Result<u64> + Send + 'static {
    // The write runs on the writer's thread, with its own copies.
    let (account, expected_profile, profile_json) = (
        account.to_owned(),
        expected_profile.to_owned(),
        profile_json.to_owned(),
    );
    move |tx: &Connection| {
        let (account, expected_profile, profile_json) = (
            account.as_str(),
            expected_profile.as_str(),
            profile_json.as_str(),
        );
        let row: Option<(String, i64)> = tx
            .cached_query_row(
                "SELECT profile_id, revoked FROM accounts WHERE account = ?1",
                [account],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((profile_id, revoked)) = row else {
            return Err(StoreError::NotFound(format!("account {account}")));
        };
        if revoked != 0 || is_revoked(tx, &profile_id)? {
            return Err(StoreError::Revoked(profile_id));
        }
        if profile_id != expected_profile {
            return Err(StoreError::Conflict(format!(
                "account {account} is now bound to profile {profile_id}"
            )));
        }
        tx.cached_execute(
            "UPDATE accounts SET profile_json = ?2, updated = ?3 WHERE account = ?1",
            params![account, profile_json, int(now)],
        )?;
        upsert_entry(
            tx,
            &profile_id,
            KIND_PERSONAL_PROFILE,
            Some(account),
            profile_json,
            now,
        )
    }
}

/// The write of [`Store::put_entry`], to run on the writer's thread.
fn put_entry_write(
    identifier: &str,
    kind: &str,
    account: Option<&str>,
    json: &str,
    now: u64,
) -> impl FnOnce(&Connection) -> Result<Put> + Send + 'static {
    // The write runs on the writer's thread, with its own copies.
    let (identifier, kind, account, json) = (
        identifier.to_owned(),
        kind.to_owned(),
        account.map(str::to_owned),
        json.to_owned(),
    );
    move |tx: &Connection| {
        let (identifier, kind, account, json) = (
            identifier.as_str(),
            kind.as_str(),
            account.as_deref(),
            json.as_str(),
        );
        let mut replaced = false;
        let mut named =
            tx.prepare_cached("SELECT kind, account FROM entries WHERE identifier = ?1")?;
        let mut rows = named.query(params![identifier])?;
        while let Some(row) = rows.next()? {
            let (other, owner): (String, Option<String>) = (row.get(0)?, row.get(1)?);
            if other != kind {
                return Err(StoreError::Conflict(format!(
                    "the identifier {identifier} already names a {other}, not a {kind}"
                )));
            }
            if owner.is_some() && owner.as_deref() != account {
                return Err(StoreError::Conflict(format!(
                    "{kind} {identifier} belongs to another account"
                )));
            }
            replaced = true;
        }
        let index = upsert_entry(tx, identifier, kind, account, json, now)?;
        Ok(Put { index, replaced })
    }
}

/// The write of [`Store::append`], to run on the writer's thread.
fn append_write(
    account: &str,
    catalog: &str,
    updates: &[UpdateRecord],
) -> impl FnOnce(&Connection) -> Result<AppendOutcome> + Send + 'static {
    // The write runs on the writer's thread, with its own copies.
    let (account, catalog, updates) = (account.to_owned(), catalog.to_owned(), updates.to_vec());
    move |tx: &Connection| {
        let (account, catalog, updates) = (account.as_str(), catalog.as_str(), updates.as_slice());
        let index_before = last_frame_index(tx, account, catalog)?;
        let mut outcome = AppendOutcome {
            index_before,
            index_after: index_before,
            ..Default::default()
        };
        let mut seen = HashSet::new();
        // Prepared once for the whole append, not once per change.
        let mut latest_stmt = tx.prepare_cached(
            "SELECT idx, deleted FROM frames
             WHERE account = ?1 AND catalog = ?2 AND unique_id = ?3
             ORDER BY idx DESC LIMIT 1",
        )?;
        let mut same_stmt = tx.prepare_cached(
            "SELECT envelope_json, deleted FROM frames
             WHERE account = ?1 AND catalog = ?2 AND idx = ?3",
        )?;
        let mut insert_stmt = tx.prepare_cached(
            "INSERT INTO frames (account, catalog, idx, unique_id, envelope_json, deleted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for update in updates {
            // Checked as we go, after earlier changes were written: the
            // transaction's rollback is what keeps a bad request from
            // leaving anything behind.
            if !seen.insert(update.unique_id.as_str()) {
                return Err(StoreError::Invalid(format!(
                    "UniqueID {} appears more than once in one append",
                    update.unique_id
                )));
            }
            if !update.deleted && update.envelope_json.is_none() {
                return Err(StoreError::Invalid(format!(
                    "the update of {} has no envelope",
                    update.unique_id
                )));
            }
            let latest: Option<(i64, i64)> = latest_stmt
                .query_row(params![account, catalog, update.unique_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let given = update.base_index.unwrap_or(0);
            let conflict = match latest {
                None => None,
                Some((current, deleted)) => {
                    let current = uint(current);
                    let deleted = deleted != 0;
                    if given == 0 {
                        (!deleted).then_some((current, ConflictType::Exists))
                    } else if given == current {
                        None
                    } else if deleted {
                        Some((current, ConflictType::Deleted))
                    } else {
                        Some((current, ConflictType::Updated))
                    }
                }
            };
            if let Some((current_index, kind)) = conflict {
                // The same update sent again (its first answer was
                // lost, or a killed client's request landed after its
                // successor downloaded): already applied, not a conflict.
                let again = same_stmt
                    .query_row(params![account, catalog, int(current_index)], |r| {
                        Ok((r.get::<_, Option<String>>(0)?, r.get::<_, i64>(1)?))
                    })
                    .optional()?
                    .is_some_and(|(envelope, deleted)| {
                        envelope == update.envelope_json && (deleted != 0) == update.deleted
                    });
                if again {
                    outcome
                        .accepted
                        .push((update.unique_id.clone(), current_index));
                    continue;
                }
                outcome.conflicts.push(ConflictRecord {
                    unique_id: update.unique_id.clone(),
                    given_index: given,
                    current_index,
                    kind,
                });
                continue;
            }
            let index = outcome.index_after + 1;
            insert_stmt.execute(params![
                account,
                catalog,
                int(index),
                update.unique_id,
                update.envelope_json,
                i64::from(update.deleted)
            ])?;
            outcome.index_after = index;
            outcome.accepted.push((update.unique_id.clone(), index));
        }
        Ok(outcome)
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path`, in WAL mode with
    /// `synchronous=FULL` so an acknowledged write survives power loss.
    pub fn open(path: &Path) -> Result<Self> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Database(format!(
                "cannot switch {} to WAL mode (got {mode})",
                path.display()
            )));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        match version {
            0 => {
                let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
                // Another process may have created it while we waited.
                let again: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
                if again == 0 {
                    tx.execute_batch(SCHEMA)?;
                    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
                }
                tx.commit()?;
            }
            SCHEMA_VERSION => {}
            v if v > SCHEMA_VERSION => {
                return Err(StoreError::Corrupt(format!(
                    "{} has schema version {v}, newer than this meshman's {SCHEMA_VERSION}",
                    path.display()
                )));
            }
            v => {
                return Err(StoreError::Corrupt(format!(
                    "{} has unknown schema version {v}",
                    path.display()
                )));
            }
        }
        // Added after version 1 shipped; an index changes no data, so it
        // needs no schema version of its own. It leaves recovery records
        // out (see `Store::history`): their identifiers are random, so
        // indexing them cost each escrow write a page of its own, about a
        // sixth of the portal's Publish throughput. The first index, on
        // every record, is replaced.
        conn.execute_batch(&format!(
            "DROP INDEX IF EXISTS log_identifier;
             CREATE INDEX IF NOT EXISTS log_versions ON log(identifier, idx) WHERE {}",
            versioned()
        ))?;
        let nonces = nonces::NonceLog::open(path, &conn, crate::time::unix_now())?;
        let checkpoints = checkpoint::Checkpoints::start(path)?;
        let readers = (0..READERS)
            .map(|_| {
                let reader = Connection::open(path)?;
                reader.busy_timeout(Duration::from_secs(10))?;
                reader.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
                reader.pragma_update(None, "query_only", "ON")?;
                Ok(Mutex::new(reader))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(SqliteStore {
            writer: writer::Writer::new(conn, Some(checkpoints)).map_err(|e| {
                StoreError::Database(format!("cannot start the writing thread: {e}"))
            })?,
            readers,
            next_reader: std::sync::atomic::AtomicUsize::new(0),
            nonces,
        })
    }

    /// A read-only connection: a free one if there is one, else the next
    /// in turn. WAL lets them read beside each other and beside the writer,
    /// each seeing every transaction committed before it began.
    fn reader(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock dropped its transaction, which
        // rolled back: the connection is still consistent.
        let first = self
            .next_reader
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let n = self.readers.len();
        for i in 0..n {
            match self.readers[(first + i) % n].try_lock() {
                Ok(guard) => return guard,
                Err(std::sync::TryLockError::Poisoned(e)) => return e.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
        }
        self.readers[first % n]
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the writer's thread inside an IMMEDIATE transaction
    /// (write lock taken up front), possibly beside other writes; its
    /// changes are kept only if it returns `Ok`, and are on disk when this
    /// returns.
    fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        self.writer.write(f)
    }
}

impl Store for SqliteStore {
    fn create_account(
        &self,
        account: &str,
        profile_id: &str,
        profile_json: &str,
        now: u64,
    ) -> Result<u64> {
        // The write runs on the writer's thread, with its own copies.
        let (account, profile_id, profile_json) = (
            account.to_owned(),
            profile_id.to_owned(),
            profile_json.to_owned(),
        );
        self.write(move |tx| {
            let (account, profile_id, profile_json) =
                (account.as_str(), profile_id.as_str(), profile_json.as_str());
            let exists = tx
                .cached_query_row(
                    "SELECT 1 FROM accounts WHERE account = ?1",
                    [account],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if exists {
                return Err(StoreError::Exists(format!("account {account}")));
            }
            if is_revoked(tx, profile_id)? {
                return Err(StoreError::Revoked(profile_id.to_owned()));
            }
            tx.cached_execute(
                "INSERT INTO accounts (account, profile_id, profile_json, created, updated, revoked)
                 VALUES (?1, ?2, ?3, ?4, ?4, 0)",
                params![account, profile_id, profile_json, int(now)],
            )?;
            tx.cached_execute("DELETE FROM reservations WHERE account = ?1", [account])?;
            append_log(
                tx,
                Some(account),
                profile_id,
                KIND_CREATE_ACCOUNT,
                None,
                now,
            )?;
            upsert_entry(
                tx,
                profile_id,
                KIND_PERSONAL_PROFILE,
                Some(account),
                profile_json,
                now,
            )
        })
    }

    fn delete_account(&self, account: &str, now: u64) -> Result<u64> {
        // The write runs on the writer's thread, with its own copies.
        let account = account.to_owned();
        self.write(move |tx| {
            let account = account.as_str();
            let profile_id: Option<String> = tx
                .cached_query_row(
                    "SELECT profile_id FROM accounts WHERE account = ?1",
                    [account],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(profile_id) = profile_id else {
                return Err(StoreError::NotFound(format!("account {account}")));
            };
            tx.cached_execute("DELETE FROM accounts WHERE account = ?1", [account])?;
            tx.cached_execute("DELETE FROM pending WHERE account = ?1", [account])?;
            tx.cached_execute("DELETE FROM frames WHERE account = ?1", [account])?;
            tx.cached_execute(
                "UPDATE entries SET account = NULL WHERE account = ?1",
                [account],
            )?;
            append_log(
                tx,
                Some(account),
                &profile_id,
                KIND_DELETE_ACCOUNT,
                None,
                now,
            )
        })
    }

    fn account(&self, account: &str) -> Result<Option<AccountRecord>> {
        let conn = self.reader();
        Ok(conn
            .cached_query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE account = ?1"),
                [account],
                account_row,
            )
            .optional()?)
    }

    fn account_by_profile(&self, profile_id: &str) -> Result<Vec<AccountRecord>> {
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE profile_id = ?1
             ORDER BY created, account"
        ))?;
        let rows = stmt.query_map([profile_id], account_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_profile(
        &self,
        account: &str,
        expected_profile: &str,
        profile_json: &str,
        now: u64,
    ) -> Result<u64> {
        self.write(update_profile_write(
            account,
            expected_profile,
            profile_json,
            now,
        ))
    }

    fn update_profile_later(
        &self,
        account: &str,
        expected_profile: &str,
        profile_json: &str,
        now: u64,
    ) -> PendingWrite<u64> {
        self.writer.send(update_profile_write(
            account,
            expected_profile,
            profile_json,
            now,
        ))
    }

    fn mark_revoked(&self, profile_id: &str, revocation_json: &str, now: u64) -> Result<u64> {
        // The write runs on the writer's thread, with its own copies.
        let (profile_id, revocation_json) = (profile_id.to_owned(), revocation_json.to_owned());
        self.write(move |tx| {
            let (profile_id, revocation_json) = (profile_id.as_str(), revocation_json.as_str());
            tx.cached_execute(
                "UPDATE accounts SET revoked = 1 WHERE profile_id = ?1",
                [profile_id],
            )?;
            // The first account of the profile, for the log; the revocation
            // stands even if no account here holds the profile.
            let account: Option<String> = tx
                .cached_query_row(
                    "SELECT account FROM accounts WHERE profile_id = ?1
                     ORDER BY created, account LIMIT 1",
                    [profile_id],
                    |r| r.get(0),
                )
                .optional()?;
            upsert_entry(
                tx,
                profile_id,
                KIND_REVOCATION,
                account.as_deref(),
                revocation_json,
                now,
            )
        })
    }

    fn reserve(&self, account: &str, holder: &str, until: u64, now: u64) -> Result<bool> {
        // The write runs on the writer's thread, with its own copies.
        let (account, holder) = (account.to_owned(), holder.to_owned());
        self.write(move |tx| {
            let (account, holder) = (account.as_str(), holder.as_str());
            let exists = tx
                .cached_query_row("SELECT 1 FROM accounts WHERE account = ?1", [account], |_| Ok(()))
                .optional()?
                .is_some();
            if exists {
                return Ok(false);
            }
            let held: Option<String> = tx
                .cached_query_row(
                    "SELECT holder FROM reservations WHERE account = ?1 AND until > ?2",
                    params![account, int(now)],
                    |r| r.get(0),
                )
                .optional()?;
            if held.is_some_and(|h| h != holder) {
                return Ok(false);
            }
            tx.cached_execute(
                "INSERT INTO reservations (account, holder, until) VALUES (?1, ?2, ?3)
                 ON CONFLICT (account) DO UPDATE SET holder = excluded.holder, until = excluded.until",
                params![account, holder, int(until)],
            )?;
            Ok(true)
        })
    }

    fn reservation(&self, account: &str, now: u64) -> Result<Option<Reservation>> {
        let conn = self.reader();
        Ok(conn
            .cached_query_row(
                "SELECT account, holder, until FROM reservations WHERE account = ?1 AND until > ?2",
                params![account, int(now)],
                |r| {
                    Ok(Reservation {
                        account: r.get(0)?,
                        holder: r.get(1)?,
                        until: uint(r.get(2)?),
                    })
                },
            )
            .optional()?)
    }

    fn log_range(
        &self,
        account: Option<&str>,
        index_min: u64,
        index_max: u64,
        max: usize,
    ) -> Result<Vec<LogEntry>> {
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {LOG_COLUMNS} FROM log
             WHERE idx >= ?1 AND idx <= ?2 AND (?3 IS NULL OR account = ?3)
             ORDER BY idx LIMIT ?4"
        ))?;
        let rows = stmt.query_map(
            params![int(index_min), int(index_max), account, limit(max)],
            log_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn last_write(&self) -> Result<Option<(u64, u64)>> {
        let conn = self.reader();
        Ok(conn
            .cached_query_row(
                "SELECT idx, time FROM log ORDER BY idx DESC LIMIT 1",
                [],
                |r| Ok((uint(r.get(0)?), uint(r.get(1)?))),
            )
            .optional()?)
    }

    fn checkpoint(&self) -> Result<String> {
        let conn = self.reader();
        Ok(conn
            .cached_query_row("SELECT chain FROM log ORDER BY idx DESC LIMIT 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or_else(genesis))
    }

    fn verify_log(&self) -> Result<String> {
        let conn = self.reader();
        let mut stmt =
            conn.prepare_cached(&format!("SELECT {LOG_COLUMNS} FROM log ORDER BY idx"))?;
        let mut rows = stmt.query([])?;
        let mut chain = genesis();
        let mut expected_index = 1;
        while let Some(row) = rows.next()? {
            let entry = log_row(row)?;
            if entry.index != expected_index {
                return Err(StoreError::Corrupt(format!(
                    "log record {expected_index} is missing"
                )));
            }
            chain = chain_value(&chain, &entry)?;
            if chain != entry.chain {
                return Err(StoreError::Corrupt(format!(
                    "log record {} does not match the hash chain",
                    entry.index
                )));
            }
            expected_index += 1;
        }
        Ok(chain)
    }

    fn put_entry(
        &self,
        identifier: &str,
        kind: &str,
        account: Option<&str>,
        json: &str,
        now: u64,
    ) -> Result<Put> {
        self.write(put_entry_write(identifier, kind, account, json, now))
    }

    fn put_entry_later(
        &self,
        identifier: &str,
        kind: &str,
        account: Option<&str>,
        json: &str,
        now: u64,
    ) -> PendingWrite<Put> {
        self.writer
            .send(put_entry_write(identifier, kind, account, json, now))
    }

    fn get_entry(&self, identifier: &str, kind: Option<&str>) -> Result<Option<EntryRecord>> {
        let conn = self.reader();
        Ok(conn
            .cached_query_row(
                &format!(
                    "SELECT {ENTRY_COLUMNS} FROM entries
                     WHERE identifier = ?1 AND (?2 IS NULL OR kind = ?2)
                     ORDER BY idx DESC LIMIT 1"
                ),
                params![identifier, kind],
                entry_row,
            )
            .optional()?)
    }

    fn search(&self, query: &EntryQuery) -> Result<Vec<EntryRecord>> {
        let (clauses, args) = query_clauses(query, "account", "published");
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM entries WHERE 1 = 1{clauses} ORDER BY idx LIMIT ?{}",
            args.len()
        );
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), entry_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn history(&self, query: &EntryQuery) -> Result<Vec<EntryRecord>> {
        let (sql, args) = history_sql(query);
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), entry_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn check_and_store_nonce(
        &self,
        key_udf: &str,
        nonce: &str,
        iat: u64,
        now: u64,
    ) -> Result<bool> {
        self.nonces.check_and_store(key_udf, nonce, iat, now)
    }

    fn put_pending(
        &self,
        account: &str,
        device_udf: &str,
        request_json: &str,
        received: u64,
        expires: u64,
    ) -> Result<u64> {
        // The write runs on the writer's thread, with its own copies.
        let (account, device_udf, request_json) = (
            account.to_owned(),
            device_udf.to_owned(),
            request_json.to_owned(),
        );
        self.write(move |tx| {
            let (account, device_udf, request_json) =
                (account.as_str(), device_udf.as_str(), request_json.as_str());
            tx.cached_execute(
                "DELETE FROM pending WHERE account = ?1 AND device_udf = ?2",
                params![account, device_udf],
            )?;
            tx.cached_execute(
                "INSERT INTO pending (account, device_udf, request_json, received, expires)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    account,
                    device_udf,
                    request_json,
                    int(received),
                    int(expires)
                ],
            )?;
            let seq = uint(tx.last_insert_rowid());
            append_log(
                tx,
                Some(account),
                device_udf,
                KIND_CONNECTION_REQUEST,
                Some(request_json),
                received,
            )?;
            Ok(seq)
        })
    }

    fn pending(
        &self,
        account: &str,
        now: u64,
        after: Option<u64>,
        max: usize,
    ) -> Result<Vec<PendingRecord>> {
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {PENDING_COLUMNS} FROM pending
             WHERE account = ?1 AND result_json IS NULL AND expires > ?2 AND seq > ?3
             ORDER BY seq LIMIT ?4"
        ))?;
        let rows = stmt.query_map(
            params![account, int(now), int(after.unwrap_or(0)), limit(max)],
            pending_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn pending_for_device(&self, account: &str, device_udf: &str) -> Result<Option<PendingRecord>> {
        let conn = self.reader();
        Ok(conn
            .cached_query_row(
                &format!(
                    "SELECT {PENDING_COLUMNS} FROM pending WHERE account = ?1 AND device_udf = ?2"
                ),
                params![account, device_udf],
                pending_row,
            )
            .optional()?)
    }

    fn complete(
        &self,
        account: &str,
        device_udf: &str,
        result_json: &str,
        now: u64,
    ) -> Result<u64> {
        // The write runs on the writer's thread, with its own copies.
        let (account, device_udf, result_json) = (
            account.to_owned(),
            device_udf.to_owned(),
            result_json.to_owned(),
        );
        self.write(move |tx| {
            let (account, device_udf, result_json) = (account.as_str(), device_udf.as_str(), result_json.as_str());
            let row: Option<(i64, Option<String>)> = tx
                .cached_query_row(
                    "SELECT expires, result_json FROM pending WHERE account = ?1 AND device_udf = ?2",
                    params![account, device_udf],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((expires, result)) = row else {
                return Err(StoreError::NotFound(format!(
                    "connection request of device {device_udf}"
                )));
            };
            if result.is_some() {
                return Err(StoreError::Conflict(format!(
                    "the connection request of device {device_udf} was already answered"
                )));
            }
            if uint(expires) <= now {
                return Err(StoreError::NotFound(format!(
                    "unexpired connection request of device {device_udf}"
                )));
            }
            tx.cached_execute(
                "UPDATE pending SET result_json = ?3 WHERE account = ?1 AND device_udf = ?2",
                params![account, device_udf, result_json],
            )?;
            append_log(
                tx,
                Some(account),
                device_udf,
                KIND_CONNECTION_RESULT,
                Some(result_json),
                now,
            )
        })
    }

    fn connection_result(&self, account: &str, device_udf: &str) -> Result<Option<String>> {
        Ok(self
            .pending_for_device(account, device_udf)?
            .and_then(|p| p.result_json))
    }

    fn sync(
        &self,
        account: &str,
        catalog: &str,
        index_min: u64,
        max: usize,
    ) -> Result<(Vec<FrameRecord>, u64)> {
        let mut conn = self.reader();
        // One read transaction, so the frames and IndexLast agree.
        let tx = conn.transaction()?;
        let frames = {
            let mut stmt = tx.prepare_cached(
                "SELECT idx, unique_id, envelope_json, deleted FROM frames
                 WHERE account = ?1 AND catalog = ?2 AND idx >= ?3
                 ORDER BY idx LIMIT ?4",
            )?;
            let rows =
                stmt.query_map(params![account, catalog, int(index_min), limit(max)], |r| {
                    Ok(FrameRecord {
                        index: uint(r.get(0)?),
                        unique_id: r.get(1)?,
                        envelope_json: r.get(2)?,
                        deleted: r.get::<_, i64>(3)? != 0,
                    })
                })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let last = last_frame_index(&tx, account, catalog)?;
        tx.commit()?;
        Ok((frames, last))
    }

    fn append(
        &self,
        account: &str,
        catalog: &str,
        updates: &[UpdateRecord],
    ) -> Result<AppendOutcome> {
        self.write(append_write(account, catalog, updates))
    }

    fn append_later(
        &self,
        account: &str,
        catalog: &str,
        updates: &[UpdateRecord],
    ) -> PendingWrite<AppendOutcome> {
        self.writer.send(append_write(account, catalog, updates))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tempfile::TempDir;

    const T0: u64 = 1_800_000_000;

    fn open() -> (TempDir, SqliteStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("portal.db")).unwrap();
        (dir, store)
    }

    /// A change with an envelope of its own: no two calls make the same
    /// one (a repeated envelope is a resend, see `a_resend_is_not_a_conflict`).
    fn update(uid: &str, base: Option<u64>, deleted: bool) -> UpdateRecord {
        static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        UpdateRecord {
            unique_id: uid.into(),
            base_index: base,
            envelope_json: (!deleted).then(|| format!("{{\"env\":\"{uid}\",\"n\":{serial}}}")),
            deleted,
        }
    }

    #[test]
    fn store_is_object_safe_and_shareable() {
        let (_dir, store) = open();
        let shared: std::sync::Arc<dyn Store> = std::sync::Arc::new(store);
        let other = shared.clone();
        std::thread::spawn(move || other.create_account("a@x", "MP1", "{}", T0).unwrap())
            .join()
            .unwrap();
        assert!(shared.account("a@x").unwrap().is_some());
    }

    #[test]
    fn accounts_create_read_update_delete() {
        let (_dir, store) = open();
        store
            .create_account("alice@x", "MP1", r#"{"v":1}"#, T0)
            .unwrap();
        assert_eq!(
            store.create_account("alice@x", "MP2", "{}", T0),
            Err(StoreError::Exists("account alice@x".into()))
        );
        let rec = store.account("alice@x").unwrap().unwrap();
        assert_eq!(
            rec,
            AccountRecord {
                account: "alice@x".into(),
                profile_id: "MP1".into(),
                profile_json: r#"{"v":1}"#.into(),
                created: T0,
                updated: T0,
                revoked: false,
            }
        );
        store
            .create_account("alice2@x", "MP1", "{}", T0 + 1)
            .unwrap();
        let by_profile = store.account_by_profile("MP1").unwrap();
        assert_eq!(by_profile.len(), 2);
        assert_eq!(by_profile[0].account, "alice@x");
        assert!(store.account_by_profile("MPX").unwrap().is_empty());

        store
            .update_profile("alice@x", "MP1", r#"{"v":2}"#, T0 + 5)
            .unwrap();
        let rec = store.account("alice@x").unwrap().unwrap();
        assert_eq!(
            (rec.profile_json.as_str(), rec.updated),
            (r#"{"v":2}"#, T0 + 5)
        );
        let entry = store
            .get_entry("MP1", Some(KIND_PERSONAL_PROFILE))
            .unwrap()
            .unwrap();
        assert_eq!(entry.json, r#"{"v":2}"#);
        assert!(matches!(
            store.update_profile("nobody@x", "MP1", "{}", T0),
            Err(StoreError::NotFound(_))
        ));

        store.delete_account("alice@x", T0 + 6).unwrap();
        assert!(store.account("alice@x").unwrap().is_none());
        assert!(matches!(
            store.delete_account("alice@x", T0 + 7),
            Err(StoreError::NotFound(_))
        ));
        // The profile stays published but no longer names the account.
        let entry = store.get_entry("MP1", None).unwrap().unwrap();
        assert_eq!(entry.account, None);
        let kinds: Vec<String> = store
            .log_range(Some("alice@x"), 0, u64::MAX, 100)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                KIND_CREATE_ACCOUNT,
                KIND_PERSONAL_PROFILE,
                KIND_PERSONAL_PROFILE,
                KIND_DELETE_ACCOUNT
            ]
        );
    }

    #[test]
    fn revocation_refuses_updates_and_new_accounts() {
        let (_dir, store) = open();
        store.create_account("alice@x", "MP1", "{}", T0).unwrap();
        store.mark_revoked("MP1", r#"{"rev":1}"#, T0 + 1).unwrap();
        assert!(store.account("alice@x").unwrap().unwrap().revoked);
        assert_eq!(
            store.update_profile("alice@x", "MP1", "{}", T0 + 2),
            Err(StoreError::Revoked("MP1".into()))
        );
        assert_eq!(
            store.create_account("again@x", "MP1", "{}", T0 + 3),
            Err(StoreError::Revoked("MP1".into()))
        );
        let rev = store
            .get_entry("MP1", Some(KIND_REVOCATION))
            .unwrap()
            .unwrap();
        assert_eq!(rev.json, r#"{"rev":1}"#);
        // The most recent entry of the identifier is the revocation.
        assert_eq!(
            store.get_entry("MP1", None).unwrap().unwrap().kind,
            KIND_REVOCATION
        );
        // A revocation for a profile not hosted here still blocks it.
        store.mark_revoked("MP9", "{}", T0).unwrap();
        assert!(matches!(
            store.create_account("bob@x", "MP9", "{}", T0),
            Err(StoreError::Revoked(_))
        ));
    }

    #[test]
    fn reservations() {
        let (_dir, store) = open();
        assert!(store.reserve("alice@x", "client-a", T0 + 60, T0).unwrap());
        assert!(store.reserve("alice@x", "client-a", T0 + 120, T0).unwrap());
        assert!(
            !store
                .reserve("alice@x", "client-b", T0 + 60, T0 + 10)
                .unwrap()
        );
        let held = store.reservation("alice@x", T0 + 10).unwrap().unwrap();
        assert_eq!((held.holder.as_str(), held.until), ("client-a", T0 + 120));
        // Lapsed: anyone may take it.
        assert!(store.reservation("alice@x", T0 + 120).unwrap().is_none());
        assert!(
            store
                .reserve("alice@x", "client-b", T0 + 300, T0 + 120)
                .unwrap()
        );
        // Creating the account ends the reservation; existing names cannot be held.
        store
            .create_account("alice@x", "MP1", "{}", T0 + 130)
            .unwrap();
        assert!(store.reservation("alice@x", T0 + 130).unwrap().is_none());
        assert!(
            !store
                .reserve("alice@x", "client-b", T0 + 400, T0 + 131)
                .unwrap()
        );
    }

    #[test]
    fn log_is_gapless_hash_chained_and_ranged() {
        let (_dir, store) = open();
        assert_eq!(store.checkpoint().unwrap(), "0".repeat(128));
        assert_eq!(store.last_write().unwrap(), None);
        store.create_account("a@x", "MPA", "{}", T0).unwrap();
        store.create_account("b@x", "MPB", "{}", T0 + 1).unwrap();
        store
            .put_entry("IDX1", KIND_RECOVERY_RECORD, Some("a@x"), "{}", T0 + 2)
            .unwrap();
        assert_eq!(store.last_write().unwrap(), Some((5, T0 + 2)));
        let all = store.log_range(None, 0, u64::MAX, 100).unwrap();
        assert_eq!(
            all.iter().map(|e| e.index).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        let checkpoint = store.checkpoint().unwrap();
        assert_eq!(checkpoint.len(), 128);
        assert_eq!(checkpoint, all[4].chain);
        assert_eq!(store.verify_log().unwrap(), checkpoint);
        // Recompute the first link independently.
        let mut ctx = Context::new(&SHA512);
        ctx.update(&[0u8; 64]);
        ctx.update(br#"[1,"a@x","MPA","CreateAccount",null,1800000000]"#);
        assert_eq!(hex(ctx.finish().as_ref()), all[0].chain);

        let a = store.log_range(Some("a@x"), 0, u64::MAX, 100).unwrap();
        assert_eq!(a.iter().map(|e| e.index).collect::<Vec<_>>(), [1, 2, 5]);
        let window = store.log_range(None, 2, 4, 2).unwrap();
        assert_eq!(window.iter().map(|e| e.index).collect::<Vec<_>>(), [2, 3]);
    }

    #[test]
    fn an_update_for_a_re_created_account_conflicts() {
        let (_dir, store) = open();
        store.create_account("a@x", "MPA", "{}", T0).unwrap();
        store.delete_account("a@x", T0 + 1).unwrap();
        store.create_account("a@x", "MPB", "{}", T0 + 2).unwrap();
        assert!(matches!(
            store.update_profile("a@x", "MPA", "{}", T0 + 3),
            Err(StoreError::Conflict(_))
        ));
        assert_eq!(store.account("a@x").unwrap().unwrap().profile_id, "MPB");
    }

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        let bytes = [0x00, 0x0f, 0x10, 0xa5, 0xff];
        assert_eq!(hex(&bytes), "000f10a5ff");
        assert_eq!(unhex(&hex(&bytes)).unwrap(), bytes);
        assert_eq!(hex(&[]), "");
    }

    /// Stored logs are checked against these bytes: they must not change.
    #[test]
    fn chain_values_hash_the_same_bytes_as_ever() {
        let prev = hex(&[7u8; 64]);
        for (account, data_json) in [
            (
                Some("a@x"),
                Some(r#"{"Quote":"\"","Tab":"\t","é":"ü\u2028"}"#),
            ),
            (None, None),
            (Some("b@x"), Some("")),
        ] {
            let entry = LogEntry {
                index: 42,
                account: account.map(str::to_owned),
                identifier: "MDXY-\"\n".into(),
                kind: KIND_PERSONAL_PROFILE.into(),
                data_json: data_json.map(str::to_owned),
                time: T0,
                chain: String::new(),
            };
            // The form the first logs were written with.
            let canonical = serde_json::to_vec(&serde_json::json!([
                entry.index,
                entry.account,
                entry.identifier,
                entry.kind,
                entry.data_json,
                entry.time
            ]))
            .unwrap();
            let mut ctx = Context::new(&SHA512);
            ctx.update(&unhex(&prev).unwrap());
            ctx.update(&canonical);
            assert_eq!(
                chain_value(&prev, &entry).unwrap(),
                hex(ctx.finish().as_ref())
            );
        }
    }

    #[test]
    fn tampered_log_is_detected() {
        let (_dir, store) = open();
        store
            .create_account("a@x", "MPA", r#"{"v":1}"#, T0)
            .unwrap();
        store
            .update_profile("a@x", "MPA", r#"{"v":2}"#, T0 + 1)
            .unwrap();
        store
            .write(|c| {
                c.execute("UPDATE log SET data_json = '{\"v\":9}' WHERE idx = 2", [])?;
                Ok(())
            })
            .unwrap();
        assert_eq!(
            store.verify_log(),
            Err(StoreError::Corrupt(
                "log record 2 does not match the hash chain".into()
            ))
        );
    }

    #[test]
    fn entries_and_recovery_records() {
        let (_dir, store) = open();
        store
            .put_entry("IDX1", KIND_RECOVERY_RECORD, Some("a@x"), r#"{"r":1}"#, T0)
            .unwrap();
        let rec = store
            .get_entry("IDX1", Some(KIND_RECOVERY_RECORD))
            .unwrap()
            .unwrap();
        assert_eq!((rec.json.as_str(), rec.published), (r#"{"r":1}"#, T0));
        assert!(
            store
                .get_entry("IDX1", Some(KIND_PERSONAL_PROFILE))
                .unwrap()
                .is_none()
        );
        assert!(store.get_entry("IDX2", None).unwrap().is_none());
        // The owner may replace it; another account may not.
        store
            .put_entry(
                "IDX1",
                KIND_RECOVERY_RECORD,
                Some("a@x"),
                r#"{"r":2}"#,
                T0 + 1,
            )
            .unwrap();
        assert!(matches!(
            store.put_entry("IDX1", KIND_RECOVERY_RECORD, Some("b@x"), "{}", T0 + 2),
            Err(StoreError::Conflict(_))
        ));
        let rec = store.get_entry("IDX1", None).unwrap().unwrap();
        assert_eq!(rec.json, r#"{"r":2}"#);
    }

    #[test]
    fn the_write_ahead_log_stays_bounded_under_a_stream_of_writes() {
        let (dir, store) = open();
        let wal = dir.path().join("portal.db-wal");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        // Each write adds about two pages: its JSON is stored twice.
        let json = format!(r#"{{"r":"{}"}}"#, "x".repeat(3500));
        let frame = 4096 + 24;
        // Sent at once, so the writer commits one batch after another with
        // no pause in which a background checkpoint could catch up.
        let pending: Vec<_> = (0..4000u64)
            .map(|i| {
                let id = format!("ID{i}");
                store.put_entry_later(&id, KIND_RECOVERY_RECORD, Some("a@x"), &json, T0)
            })
            .collect();
        for write in pending {
            runtime.block_on(write).unwrap();
        }
        // The file keeps the length of the longest log it has held.
        let largest = std::fs::metadata(&wal).unwrap().len();
        // About 8,000 frames went through the log: without checkpoints
        // that restart it, it would hold them all.
        let bound = (checkpoint::CATCH_UP_FRAMES as u64 + 1000) * frame;
        assert!(
            largest <= bound,
            "the log reached {} frames",
            largest / frame
        );
        let all = store
            .search(&EntryQuery {
                kind: Some(KIND_RECOVERY_RECORD.into()),
                limit: 5000,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(all.len(), 4000);
    }

    #[test]
    fn a_background_checkpoint_copies_the_log_without_the_writer() {
        let (dir, store) = open();
        let db = dir.path().join("portal.db");
        let before = std::fs::metadata(&db).unwrap().len();
        let json = format!(r#"{{"r":"{}"}}"#, "x".repeat(3500));
        // Past one background checkpoint's worth of log, far from the
        // writer's own.
        for i in 0..(checkpoint::EVERY_FRAMES as u64) {
            store
                .put_entry(
                    &format!("ID{i}"),
                    KIND_RECOVERY_RECORD,
                    Some("a@x"),
                    &json,
                    T0,
                )
                .unwrap();
        }
        let start = std::time::Instant::now();
        while std::fs::metadata(&db).unwrap().len() == before {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "nothing was copied into the database file"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn history_keeps_profile_versions_and_reads_them_through_an_index() {
        let (_dir, store) = open();
        store.create_account("a@x", "MPA", "{}", T0).unwrap();
        store
            .update_profile("a@x", "MPA", r#"{"v":2}"#, T0 + 1)
            .unwrap();
        for v in 0..2 {
            store
                .put_entry(
                    "IDX1",
                    KIND_RECOVERY_RECORD,
                    Some("a@x"),
                    &format!("{{\"r\":{v}}}"),
                    T0,
                )
                .unwrap();
        }
        let versions = |identifier: &str| EntryQuery {
            identifier: Some(identifier.into()),
            limit: 10,
            ..Default::default()
        };
        let profile = store.history(&versions("MPA")).unwrap();
        assert_eq!(
            profile.iter().map(|e| e.json.as_str()).collect::<Vec<_>>(),
            ["{}", r#"{"v":2}"#]
        );
        // Only the current version of a recovery record is served.
        assert!(store.history(&versions("IDX1")).unwrap().is_empty());
        let current = store.search(&versions("IDX1")).unwrap();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].json, r#"{"r":1}"#);
        // The query repeats the partial index's condition, so SQLite uses
        // the index rather than reading the whole log.
        let (sql, args) = history_sql(&versions("MPA"));
        let conn = store.reader();
        let mut plan = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let steps: Vec<String> = plan
            .query_map(rusqlite::params_from_iter(args), |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            steps.iter().any(|s| s.contains("USING INDEX log_versions")),
            "{steps:?}"
        );
    }

    #[test]
    fn a_recovery_record_cannot_take_an_identifier_of_another_kind() {
        let (_dir, store) = open();
        store.create_account("a@x", "MPA", "{}", T0).unwrap();
        let first = store
            .put_entry("IDX1", KIND_RECOVERY_RECORD, Some("a@x"), "{}", T0)
            .unwrap();
        assert!(!first.replaced);
        let again = store
            .put_entry("IDX1", KIND_RECOVERY_RECORD, Some("a@x"), "{}", T0 + 1)
            .unwrap();
        assert_eq!((again.index, again.replaced), (first.index + 1, true));
        let before = store.checkpoint().unwrap();
        // "MPA" is the fingerprint of a@x's profile.
        let refused = store.put_entry("MPA", KIND_RECOVERY_RECORD, Some("a@x"), "{}", T0 + 2);
        assert!(
            matches!(&refused, Err(StoreError::Conflict(m)) if m.contains(KIND_PERSONAL_PROFILE)),
            "{refused:?}"
        );
        assert_eq!(store.checkpoint().unwrap(), before);
        assert!(
            store
                .get_entry("MPA", Some(KIND_RECOVERY_RECORD))
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn search_filters_and_pages_every_entry_exactly_once() {
        let (_dir, store) = open();
        for i in 0..23u64 {
            let account = if i % 2 == 0 { "a@x" } else { "b@x" };
            store
                .put_entry(
                    &format!("ID{i}"),
                    KIND_RECOVERY_RECORD,
                    Some(account),
                    "{}",
                    T0 + i,
                )
                .unwrap();
        }
        let mut seen = Vec::new();
        let mut page: Option<String> = None;
        loop {
            let query = EntryQuery {
                kind: Some(KIND_RECOVERY_RECORD.into()),
                after_index: page.as_deref().map(|k| parse_page_key(k).unwrap()),
                limit: 5,
                ..Default::default()
            };
            let items = store.search(&query).unwrap();
            if items.is_empty() {
                break;
            }
            assert!(items.len() <= 5);
            page = Some(page_key(items.last().unwrap().index));
            seen.extend(items.into_iter().map(|e| e.identifier));
        }
        let mut expected: Vec<String> = (0..23).map(|i| format!("ID{i}")).collect();
        assert_eq!(seen, expected);
        seen.sort();
        seen.dedup();
        expected.sort();
        assert_eq!(seen, expected);

        let a = store
            .search(&EntryQuery {
                account: Some("a@x".into()),
                not_before: Some(T0 + 4),
                before: Some(T0 + 10),
                limit: 100,
                ..Default::default()
            })
            .unwrap();
        let ids: Vec<_> = a.iter().map(|e| e.identifier.as_str()).collect();
        assert_eq!(ids, ["ID4", "ID6", "ID8"]);
        let one = store
            .search(&EntryQuery {
                identifier: Some("ID7".into()),
                limit: 100,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(one.len(), 1);
        assert!(matches!(parse_page_key("zz"), Err(StoreError::Invalid(_))));
    }

    #[test]
    fn nonce_replay_is_detected_within_the_window() {
        let (_dir, store) = open();
        assert!(store.check_and_store_nonce("MK1", "n1", T0, T0).unwrap());
        assert!(
            !store
                .check_and_store_nonce("MK1", "n1", T0, T0 + 10)
                .unwrap()
        );
        // Same nonce under another key is a different request.
        assert!(
            store
                .check_and_store_nonce("MK2", "n1", T0, T0 + 10)
                .unwrap()
        );
        // Too old to vouch for, even though it was pruned.
        assert!(
            !store
                .check_and_store_nonce("MK1", "n1", T0, T0 + NONCE_WINDOW_SECS + 1)
                .unwrap()
        );
        // A window later the old ones are forgotten, and a fresh nonce works.
        assert!(
            store
                .check_and_store_nonce("MK1", "n2", T0 + 400, T0 + 400)
                .unwrap()
        );
        assert!(
            !store
                .check_and_store_nonce("MK1", "n2", T0 + 400, T0 + 401)
                .unwrap()
        );
        // A nonce or key that would not fit one line of the log is refused.
        assert!(matches!(
            store.check_and_store_nonce("MK1", "n 3", T0 + 400, T0 + 401),
            Err(StoreError::Invalid(_))
        ));
    }

    #[test]
    fn pending_connections_expire_and_complete_once() {
        let (_dir, store) = open();
        let day = 86_400;
        let s1 = store
            .put_pending("a@x", "MD1", r#"{"d":1}"#, T0, T0 + day)
            .unwrap();
        let s2 = store
            .put_pending("a@x", "MD2", r#"{"d":2}"#, T0 + 1, T0 + 10)
            .unwrap();
        store.put_pending("b@x", "MD3", "{}", T0, T0 + day).unwrap();
        assert!(s2 > s1);

        let list = store.pending("a@x", T0 + 5, None, 10).unwrap();
        assert_eq!(
            list.iter()
                .map(|p| p.device_udf.as_str())
                .collect::<Vec<_>>(),
            ["MD1", "MD2"]
        );
        let page = store.pending("a@x", T0 + 5, None, 1).unwrap();
        let rest = store.pending("a@x", T0 + 5, Some(page[0].seq), 10).unwrap();
        assert_eq!((page[0].device_udf.as_str(), rest.len()), ("MD1", 1));
        // MD2 expires.
        let list = store.pending("a@x", T0 + 10, None, 10).unwrap();
        assert_eq!(list.len(), 1);
        assert!(matches!(
            store.complete("a@x", "MD2", "{}", T0 + 10),
            Err(StoreError::NotFound(_))
        ));
        assert!(store.pending_for_device("a@x", "MD2").unwrap().is_some());

        assert_eq!(store.connection_result("a@x", "MD1").unwrap(), None);
        store
            .complete("a@x", "MD1", r#"{"ok":1}"#, T0 + 20)
            .unwrap();
        assert_eq!(
            store.connection_result("a@x", "MD1").unwrap().as_deref(),
            Some(r#"{"ok":1}"#)
        );
        assert!(matches!(
            store.complete("a@x", "MD1", "{}", T0 + 21),
            Err(StoreError::Conflict(_))
        ));
        assert!(store.pending("a@x", T0 + 20, None, 10).unwrap().is_empty());
        assert!(matches!(
            store.complete("a@x", "MD9", "{}", T0),
            Err(StoreError::NotFound(_))
        ));
        // Another account's device is not reachable through this one.
        assert!(store.pending_for_device("a@x", "MD3").unwrap().is_none());
        // A new request from the same device replaces the answered one.
        store
            .put_pending("a@x", "MD1", r#"{"d":"again"}"#, T0 + 30, T0 + day)
            .unwrap();
        assert_eq!(store.connection_result("a@x", "MD1").unwrap(), None);
    }

    #[test]
    fn catalog_append_and_sync() {
        let (_dir, store) = open();
        let out = store
            .append(
                "a@x",
                "credential",
                &[update("U1", None, false), update("U2", Some(0), false)],
            )
            .unwrap();
        assert_eq!((out.index_before, out.index_after), (0, 2));
        assert_eq!(out.accepted, [("U1".to_string(), 1), ("U2".to_string(), 2)]);
        assert!(out.conflicts.is_empty());

        // Catalogs and accounts are separate logs.
        let out = store
            .append("a@x", "contact", &[update("U1", None, false)])
            .unwrap();
        assert_eq!(out.accepted, [("U1".to_string(), 1)]);
        let out = store
            .append("b@x", "credential", &[update("U1", None, false)])
            .unwrap();
        assert_eq!(out.accepted, [("U1".to_string(), 1)]);

        let out = store
            .append("a@x", "credential", &[update("U1", Some(1), false)])
            .unwrap();
        assert_eq!(out.accepted, [("U1".to_string(), 3)]);

        let (frames, last) = store.sync("a@x", "credential", 0, 100).unwrap();
        assert_eq!(last, 3);
        assert_eq!(
            frames.iter().map(|f| f.index).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        assert!(
            frames[2]
                .envelope_json
                .as_deref()
                .unwrap()
                .contains(r#""env":"U1""#)
        );
        let (frames, last) = store.sync("a@x", "credential", 2, 1).unwrap();
        assert_eq!((frames.len(), frames[0].index, last), (1, 2, 3));
        let (frames, last) = store.sync("a@x", "task", 1, 10).unwrap();
        assert_eq!((frames.len(), last), (0, 0));
        let out = store.append("a@x", "credential", &[]).unwrap();
        assert_eq!((out.index_before, out.index_after), (3, 3));
    }

    #[test]
    fn catalog_conflicts() {
        let (_dir, store) = open();
        store
            .append(
                "a@x",
                "credential",
                &[
                    update("U1", None, false),
                    update("U2", None, false),
                    update("U3", None, false),
                ],
            )
            .unwrap();
        // U2 updated at 4, U3 deleted at 5.
        store
            .append(
                "a@x",
                "credential",
                &[update("U2", Some(2), false), update("U3", Some(3), true)],
            )
            .unwrap();

        let out = store
            .append(
                "a@x",
                "credential",
                &[
                    update("U1", None, false),    // exists
                    update("U2", Some(2), false), // stale base: updated at 4
                    update("U3", Some(3), false), // stale base: deleted at 5
                    update("U4", None, false),    // independent: accepted
                    update("U5", Some(9), false), // base without frames: accepted
                ],
            )
            .unwrap();
        assert_eq!(out.index_before, 5);
        assert_eq!(out.index_after, 7);
        assert_eq!(out.accepted, [("U4".to_string(), 6), ("U5".to_string(), 7)]);
        let expected = [
            ("U1", 0, 1, ConflictType::Exists),
            ("U2", 2, 4, ConflictType::Updated),
            ("U3", 3, 5, ConflictType::Deleted),
        ];
        assert_eq!(out.conflicts.len(), 3);
        for (c, (uid, given, current, kind)) in out.conflicts.iter().zip(expected) {
            assert_eq!(
                (c.unique_id.as_str(), c.given_index, c.current_index, c.kind),
                (uid, given, current, kind)
            );
        }
        // A base index past the latest frame is also refused.
        let out = store
            .append("a@x", "credential", &[update("U1", Some(6), false)])
            .unwrap();
        assert_eq!(out.conflicts[0].kind, ConflictType::Updated);
        // Re-creating a deleted entry (no base, or based on the delete) is accepted.
        let out = store
            .append("a@x", "credential", &[update("U3", None, false)])
            .unwrap();
        assert_eq!(out.accepted, [("U3".to_string(), 8)]);
        store
            .append("a@x", "credential", &[update("U4", Some(6), true)])
            .unwrap();
        let out = store
            .append("a@x", "credential", &[update("U4", Some(9), false)])
            .unwrap();
        assert_eq!(out.accepted, [("U4".to_string(), 10)]);
    }

    #[test]
    fn a_resend_is_not_a_conflict() {
        let (_dir, store) = open();
        let first = update("U1", None, false);
        store
            .append("a@x", "credential", std::slice::from_ref(&first))
            .unwrap();
        let second = update("U1", Some(1), false);
        store
            .append("a@x", "credential", std::slice::from_ref(&second))
            .unwrap();
        let deletion = update("U2", None, true);
        let mut created = update("U2", None, false);
        store
            .append("a@x", "credential", &[created.clone()])
            .unwrap();
        created.base_index = Some(3);
        let deletion = UpdateRecord {
            base_index: Some(3),
            ..deletion
        };
        store
            .append("a@x", "credential", std::slice::from_ref(&deletion))
            .unwrap();

        // The latest frame sent again, with its old base: accepted at its
        // own index, nothing appended.
        let out = store
            .append(
                "a@x",
                "credential",
                &[second.clone(), deletion, update("U3", None, false)],
            )
            .unwrap();
        assert_eq!(
            out.accepted,
            [
                ("U1".to_string(), 2),
                ("U2".to_string(), 4),
                ("U3".to_string(), 5)
            ]
        );
        assert!(out.conflicts.is_empty());
        assert_eq!((out.index_before, out.index_after), (4, 5));
        // An older frame sent again is still a conflict: it was superseded.
        let out = store.append("a@x", "credential", &[first]).unwrap();
        assert_eq!(out.conflicts[0].kind, ConflictType::Exists);
        // So is the same envelope claiming to be a deletion, and a
        // different envelope on the latest frame's base.
        let out = store
            .append(
                "a@x",
                "credential",
                &[
                    UpdateRecord {
                        deleted: true,
                        ..second
                    },
                    created,
                ],
            )
            .unwrap();
        assert_eq!(out.conflicts.len(), 2, "{:?}", out.conflicts);
        assert_eq!(store.sync("a@x", "credential", 0, 100).unwrap().1, 5);
    }

    #[test]
    fn failed_append_leaves_nothing() {
        let (_dir, store) = open();
        store
            .append("a@x", "credential", &[update("U1", None, false)])
            .unwrap();
        // The first two changes are written before the duplicate is seen;
        // the rollback must remove them.
        let result = store.append(
            "a@x",
            "credential",
            &[
                update("U2", None, false),
                update("U3", None, false),
                update("U2", Some(2), false),
            ],
        );
        assert!(matches!(result, Err(StoreError::Invalid(m)) if m.contains("U2")));
        let (frames, last) = store.sync("a@x", "credential", 0, 100).unwrap();
        assert_eq!((frames.len(), last), (1, 1));
        let result = store.append(
            "a@x",
            "credential",
            &[
                update("U2", None, false),
                UpdateRecord {
                    envelope_json: None,
                    ..update("U3", None, false)
                },
            ],
        );
        assert!(matches!(result, Err(StoreError::Invalid(_))));
        assert_eq!(store.sync("a@x", "credential", 0, 100).unwrap().1, 1);
        // A delete needs no envelope.
        let out = store
            .append("a@x", "credential", &[update("U1", Some(1), true)])
            .unwrap();
        assert_eq!(out.accepted, [("U1".to_string(), 2)]);
    }

    #[test]
    fn failed_account_write_leaves_no_log_record() {
        let (_dir, store) = open();
        store.create_account("a@x", "MPA", "{}", T0).unwrap();
        let before = store.checkpoint().unwrap();
        assert!(store.create_account("a@x", "MPB", "{}", T0 + 1).is_err());
        assert!(store.update_profile("zz@x", "MPA", "{}", T0 + 1).is_err());
        assert_eq!(store.checkpoint().unwrap(), before);
        assert_eq!(store.last_write().unwrap(), Some((2, T0)));
    }

    #[test]
    fn reopening_replaces_the_first_identifier_index() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        drop(SqliteStore::open(&path).unwrap());
        // As an earlier build left it.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP INDEX log_versions; CREATE INDEX log_identifier ON log(identifier, idx)",
        )
        .unwrap();
        drop(conn);
        let store = SqliteStore::open(&path).unwrap();
        let indexes: Vec<String> = store
            .write(|conn| {
                let mut stmt = conn.prepare(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'log'
                     ORDER BY name",
                )?;
                let names = stmt.query_map([], |r| r.get(0))?;
                Ok(names.collect::<rusqlite::Result<_>>()?)
            })
            .unwrap();
        assert_eq!(indexes, ["log_account", "log_versions"]);
    }

    #[test]
    fn data_survives_reopen_and_schema_is_versioned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        let checkpoint = {
            let store = SqliteStore::open(&path).unwrap();
            store.create_account("a@x", "MPA", "{}", T0).unwrap();
            store
                .append("a@x", "credential", &[update("U1", None, false)])
                .unwrap();
            store.put_pending("a@x", "MD1", "{}", T0, T0 + 60).unwrap();
            store.check_and_store_nonce("MK", "n", T0, T0).unwrap();
            store.checkpoint().unwrap()
        };
        let store = SqliteStore::open(&path).unwrap();
        assert!(store.account("a@x").unwrap().is_some());
        assert_eq!(store.sync("a@x", "credential", 1, 10).unwrap().1, 1);
        assert!(store.pending_for_device("a@x", "MD1").unwrap().is_some());
        assert!(!store.check_and_store_nonce("MK", "n", T0, T0 + 1).unwrap());
        assert_eq!(store.checkpoint().unwrap(), checkpoint);
        assert_eq!(store.verify_log().unwrap(), checkpoint);
        let (mode, sync, version): (String, i64, i64) = store
            .write(|conn| {
                Ok((
                    conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
                    conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?,
                    conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                ))
            })
            .unwrap();
        assert_eq!((mode.as_str(), sync, version), ("wal", 2, SCHEMA_VERSION));
        drop(store);

        // A database from a newer meshman is refused, not misread.
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(matches!(
            SqliteStore::open(&path),
            Err(StoreError::Corrupt(_))
        ));
    }

    #[test]
    fn not_a_database_is_reported_as_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        std::fs::write(&path, vec![0x55u8; 8192]).unwrap();
        let err = SqliteStore::open(&path).err().unwrap();
        assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("the portal database is corrupt")
        );
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            StoreError::Exists("account a@x".into()).to_string(),
            "account a@x already exists"
        );
        assert_eq!(
            StoreError::NotFound("account a@x".into()).to_string(),
            "account a@x was not found"
        );
        assert_eq!(
            StoreError::Revoked("MP1".into()).to_string(),
            "profile MP1 has been revoked"
        );
    }
}
