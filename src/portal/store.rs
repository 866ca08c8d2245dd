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
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use crate::protocol::ConflictType;

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

    /// Replaces the account's personal profile (and its published entry).
    /// `NotFound`, or `Revoked` once the profile was revoked.
    fn update_profile(&self, account: &str, profile_json: &str, now: u64) -> Result<u64>;

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
    /// `Conflict` if that entry belongs to another account.
    fn put_entry(
        &self,
        identifier: &str,
        kind: &str,
        account: Option<&str>,
        json: &str,
        now: u64,
    ) -> Result<u64>;

    /// The entry `(identifier, kind)`, or with no kind the most recently
    /// written entry of that identifier.
    fn get_entry(&self, identifier: &str, kind: Option<&str>) -> Result<Option<EntryRecord>>;

    /// Entries matching `query`, in index order.
    fn search(&self, query: &EntryQuery) -> Result<Vec<EntryRecord>>;

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
    /// - otherwise `Deleted` if the latest frame is a delete, else `Updated`.
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
}

/// [`Store`] in one SQLite file.
pub struct SqliteStore {
    conn: Mutex<Connection>,
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

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
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
    let canonical = serde_json::to_vec(&serde_json::json!([
        entry.index,
        entry.account,
        entry.identifier,
        entry.kind,
        entry.data_json,
        entry.time
    ]))
    .map_err(|e| StoreError::Invalid(e.to_string()))?;
    let mut ctx = Context::new(&SHA512);
    ctx.update(&prev);
    ctx.update(&canonical);
    Ok(hex(ctx.finish().as_ref()))
}

/// Appends one record to the portal log inside `tx`; returns its index.
fn append_log(
    tx: &Transaction<'_>,
    account: Option<&str>,
    identifier: &str,
    kind: &str,
    data_json: Option<&str>,
    time: u64,
) -> Result<u64> {
    let last: Option<(i64, String)> = tx
        .query_row(
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
    tx.execute(
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

/// Inserts or replaces an entry inside `tx`, logging it.
fn upsert_entry(
    tx: &Transaction<'_>,
    identifier: &str,
    kind: &str,
    account: Option<&str>,
    json: &str,
    now: u64,
) -> Result<u64> {
    let index = append_log(tx, account, identifier, kind, Some(json), now)?;
    tx.execute(
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
        .query_row(
            "SELECT 1 FROM entries WHERE identifier = ?1 AND kind = ?2",
            params![profile_id, KIND_REVOCATION],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
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
    let last: i64 = tx.query_row(
        "SELECT COALESCE(MAX(idx), 0) FROM frames WHERE account = ?1 AND catalog = ?2",
        params![account, catalog],
        |r| r.get(0),
    )?;
    Ok(uint(last))
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path`, in WAL mode with
    /// `synchronous=FULL` so an acknowledged write survives power loss.
    pub fn open(path: &Path) -> Result<Self> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
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
        Ok(SqliteStore {
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock dropped its transaction, which
        // rolled back: the connection is still consistent.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` in one IMMEDIATE transaction (write lock taken up front),
    /// committing only if it returns `Ok`.
    fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
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
        self.write(|tx| {
            let exists = tx
                .query_row(
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
            tx.execute(
                "INSERT INTO accounts (account, profile_id, profile_json, created, updated, revoked)
                 VALUES (?1, ?2, ?3, ?4, ?4, 0)",
                params![account, profile_id, profile_json, int(now)],
            )?;
            tx.execute("DELETE FROM reservations WHERE account = ?1", [account])?;
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
        self.write(|tx| {
            let profile_id: Option<String> = tx
                .query_row(
                    "SELECT profile_id FROM accounts WHERE account = ?1",
                    [account],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(profile_id) = profile_id else {
                return Err(StoreError::NotFound(format!("account {account}")));
            };
            tx.execute("DELETE FROM accounts WHERE account = ?1", [account])?;
            tx.execute("DELETE FROM pending WHERE account = ?1", [account])?;
            tx.execute("DELETE FROM frames WHERE account = ?1", [account])?;
            tx.execute(
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
        let conn = self.conn();
        Ok(conn
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE account = ?1"),
                [account],
                account_row,
            )
            .optional()?)
    }

    fn account_by_profile(&self, profile_id: &str) -> Result<Vec<AccountRecord>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE profile_id = ?1
             ORDER BY created, account"
        ))?;
        let rows = stmt.query_map([profile_id], account_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_profile(&self, account: &str, profile_json: &str, now: u64) -> Result<u64> {
        self.write(|tx| {
            let row: Option<(String, i64)> = tx
                .query_row(
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
            tx.execute(
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
        })
    }

    fn mark_revoked(&self, profile_id: &str, revocation_json: &str, now: u64) -> Result<u64> {
        self.write(|tx| {
            tx.execute(
                "UPDATE accounts SET revoked = 1 WHERE profile_id = ?1",
                [profile_id],
            )?;
            // The first account of the profile, for the log; the revocation
            // stands even if no account here holds the profile.
            let account: Option<String> = tx
                .query_row(
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
        self.write(|tx| {
            let exists = tx
                .query_row("SELECT 1 FROM accounts WHERE account = ?1", [account], |_| Ok(()))
                .optional()?
                .is_some();
            if exists {
                return Ok(false);
            }
            let held: Option<String> = tx
                .query_row(
                    "SELECT holder FROM reservations WHERE account = ?1 AND until > ?2",
                    params![account, int(now)],
                    |r| r.get(0),
                )
                .optional()?;
            if held.is_some_and(|h| h != holder) {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO reservations (account, holder, until) VALUES (?1, ?2, ?3)
                 ON CONFLICT (account) DO UPDATE SET holder = excluded.holder, until = excluded.until",
                params![account, holder, int(until)],
            )?;
            Ok(true)
        })
    }

    fn reservation(&self, account: &str, now: u64) -> Result<Option<Reservation>> {
        let conn = self.conn();
        Ok(conn
            .query_row(
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
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
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
        let conn = self.conn();
        Ok(conn
            .query_row(
                "SELECT idx, time FROM log ORDER BY idx DESC LIMIT 1",
                [],
                |r| Ok((uint(r.get(0)?), uint(r.get(1)?))),
            )
            .optional()?)
    }

    fn checkpoint(&self) -> Result<String> {
        let conn = self.conn();
        Ok(conn
            .query_row("SELECT chain FROM log ORDER BY idx DESC LIMIT 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or_else(genesis))
    }

    fn verify_log(&self) -> Result<String> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!("SELECT {LOG_COLUMNS} FROM log ORDER BY idx"))?;
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
    ) -> Result<u64> {
        self.write(|tx| {
            let owner: Option<Option<String>> = tx
                .query_row(
                    "SELECT account FROM entries WHERE identifier = ?1 AND kind = ?2",
                    params![identifier, kind],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(Some(owner)) = owner
                && Some(owner.as_str()) != account
            {
                return Err(StoreError::Conflict(format!(
                    "{kind} {identifier} belongs to another account"
                )));
            }
            upsert_entry(tx, identifier, kind, account, json, now)
        })
    }

    fn get_entry(&self, identifier: &str, kind: Option<&str>) -> Result<Option<EntryRecord>> {
        let conn = self.conn();
        Ok(conn
            .query_row(
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
        let mut sql = format!("SELECT {ENTRY_COLUMNS} FROM entries WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        let mut add = |clause: &str, value: Value| {
            args.push(value);
            sql.push_str(&format!(" AND {clause} ?{}", args.len()));
        };
        if let Some(v) = &query.identifier {
            add("identifier =", Value::Text(v.clone()));
        }
        if let Some(v) = &query.account {
            add("account =", Value::Text(v.clone()));
        }
        if let Some(v) = &query.kind {
            add("kind =", Value::Text(v.clone()));
        }
        if let Some(v) = query.not_before {
            add("published >=", Value::Integer(int(v)));
        }
        if let Some(v) = query.before {
            add("published <", Value::Integer(int(v)));
        }
        if let Some(v) = query.after_index {
            add("idx >", Value::Integer(int(v)));
        }
        args.push(Value::Integer(limit(query.limit)));
        sql.push_str(&format!(" ORDER BY idx LIMIT ?{}", args.len()));
        let conn = self.conn();
        let mut stmt = conn.prepare(&sql)?;
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
        let oldest = now.saturating_sub(NONCE_WINDOW_SECS);
        self.write(|tx| {
            tx.execute("DELETE FROM nonces WHERE iat < ?1", [int(oldest)])?;
            if iat < oldest {
                // Its twin may already have been pruned: cannot vouch for it.
                return Ok(false);
            }
            let inserted = tx.execute(
                "INSERT OR IGNORE INTO nonces (key_udf, nonce, iat) VALUES (?1, ?2, ?3)",
                params![key_udf, nonce, int(iat)],
            )?;
            Ok(inserted == 1)
        })
    }

    fn put_pending(
        &self,
        account: &str,
        device_udf: &str,
        request_json: &str,
        received: u64,
        expires: u64,
    ) -> Result<u64> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM pending WHERE account = ?1 AND device_udf = ?2",
                params![account, device_udf],
            )?;
            tx.execute(
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
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
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
        let conn = self.conn();
        Ok(conn
            .query_row(
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
        self.write(|tx| {
            let row: Option<(i64, Option<String>)> = tx
                .query_row(
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
            tx.execute(
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
        let mut conn = self.conn();
        // One read transaction, so the frames and IndexLast agree.
        let tx = conn.transaction()?;
        let frames = {
            let mut stmt = tx.prepare(
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
        self.write(|tx| {
            let index_before = last_frame_index(tx, account, catalog)?;
            let mut outcome = AppendOutcome {
                index_before,
                index_after: index_before,
                ..Default::default()
            };
            let mut seen = HashSet::new();
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
                let latest: Option<(i64, i64)> = tx
                    .query_row(
                        "SELECT idx, deleted FROM frames
                         WHERE account = ?1 AND catalog = ?2 AND unique_id = ?3
                         ORDER BY idx DESC LIMIT 1",
                        params![account, catalog, update.unique_id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
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
                    outcome.conflicts.push(ConflictRecord {
                        unique_id: update.unique_id.clone(),
                        given_index: given,
                        current_index,
                        kind,
                    });
                    continue;
                }
                let index = outcome.index_after + 1;
                tx.execute(
                    "INSERT INTO frames (account, catalog, idx, unique_id, envelope_json, deleted)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        account,
                        catalog,
                        int(index),
                        update.unique_id,
                        update.envelope_json,
                        i64::from(update.deleted)
                    ],
                )?;
                outcome.index_after = index;
                outcome.accepted.push((update.unique_id.clone(), index));
            }
            Ok(outcome)
        })
    }
}
