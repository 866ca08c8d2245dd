//! Wire types of the Mesh Portal Service (reference-10 §12, PROTOCOL.md §6,
//! §9, §10), shared by the client and the portal so both sides serialize the
//! same bytes.
//!
//! Conventions (PROTOCOL.md §1): field names are PascalCase as in the draft,
//! absent fields are omitted, unknown fields are ignored, date-times are
//! RFC 3339 strings (see [`crate::time`]), and a request or response travels
//! tagged by its message name: `{"HelloRequest": {}}`. [`Request`] and
//! [`Response`] are those envelopes (serde's externally tagged enums).
//!
//! The draft marks every field optional. Here a field without which a
//! transaction means nothing (the account of a CreateRequest, the entry of a
//! PublishRequest...) is required, so a request lacking it fails to parse and
//! the portal answers 400; everything else is an `Option` or an empty `Vec`.
//! The draft's MeshRequest `Portal` field is not modelled: the portal is the
//! one the request is posted to, and unknown fields are ignored anyway.

use serde::{Deserialize, Serialize};

use crate::crypto::jwe::Jwe;
use crate::crypto::jws::Jws;

/// Status codes carried in every response's `Status` (PROTOCOL.md §6). The
/// HTTP status mirrors them; the JSON one is authoritative.
pub mod status {
    /// The transaction succeeded.
    pub const OK: u16 = 200;
    /// An account or entry was created.
    pub const CREATED: u16 = 201;
    /// An existing entry was updated.
    pub const UPDATED: u16 = 202;
    /// The request is malformed or fails validation.
    pub const BAD_REQUEST: u16 = 400;
    /// The request lacks valid authentication.
    pub const UNAUTHORIZED: u16 = 401;
    /// The authenticated device may not do this.
    pub const FORBIDDEN: u16 = 403;
    /// The account, entry or connection request does not exist.
    pub const NOT_FOUND: u16 = 404;
    /// The account exists already, or the update conflicts with the stored state.
    pub const CONFLICT: u16 = 409;
    /// The request body is too large.
    pub const TOO_LARGE: u16 = 413;
    /// The client sent too many requests; try later.
    pub const TOO_MANY_REQUESTS: u16 = 429;
    /// The portal failed.
    pub const INTERNAL: u16 = 500;
    /// The portal is overloaded; try later.
    pub const OVERLOADED: u16 = 503;

    /// A short default `StatusDescription` for a status code.
    pub fn description(code: u16) -> &'static str {
        match code {
            OK => "OK",
            CREATED => "Created",
            UPDATED => "Updated",
            BAD_REQUEST => "Bad request",
            UNAUTHORIZED => "Unauthorized",
            FORBIDDEN => "Forbidden",
            NOT_FOUND => "Not found",
            CONFLICT => "Conflict",
            TOO_LARGE => "Request too large",
            TOO_MANY_REQUESTS => "Too many requests",
            INTERNAL => "Internal error",
            OVERLOADED => "Overloaded",
            _ => "Unknown status",
        }
    }
}

/// The fields every response carries (the draft's MeshResponse, §12.2.1),
/// flattened into each response object.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResponseStatus {
    /// One of the codes in [`status`].
    pub status: u16,
    /// Text explaining the status, for people.
    #[serde(default)]
    pub status_description: String,
}

impl ResponseStatus {
    /// A status with its default description.
    pub fn new(code: u16) -> Self {
        Self::with_description(code, status::description(code))
    }

    /// A status with a specific description.
    pub fn with_description(code: u16, description: impl Into<String>) -> Self {
        ResponseStatus {
            status: code,
            status_description: description.into(),
        }
    }

    /// `200 OK`.
    pub fn ok() -> Self {
        Self::new(status::OK)
    }

    /// True for the 2xx codes.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

// ---------------------------------------------------------------------------
// Signed and encrypted objects (reference-10 §10–§11, PROTOCOL.md §4)

/// Every signed object of the draft (SignedProfile, §10.1.2):
/// SignedDeviceProfile, SignedMasterProfile, SignedPersonalProfile,
/// SignedConnectionRequest, SignedConnectionResult and MasterRevocation.
/// Which one it is follows from where it appears (or from its tag in an
/// [`Entry`]) and from the JWS `cty`.
pub use crate::profile::Signed as SignedObject;

/// A signed DeviceProfile (§10.2.1).
pub type SignedDeviceProfile = SignedObject;
/// A signed MasterProfile (§10.3.1).
pub type SignedMasterProfile = SignedObject;
/// A signed PersonalProfile (§10.4.1).
pub type SignedPersonalProfile = SignedObject;
/// A signed ConnectionRequest (§11.1.2).
pub type SignedConnectionRequest = SignedObject;
/// A signed ConnectionResult (§11.1.4).
pub type SignedConnectionResult = SignedObject;
/// A signed master revocation (PROTOCOL.md §5, draft §3.1).
pub type MasterRevocation = SignedObject;

/// A recovery record (§10.6.2, PROTOCOL.md §8): keys escrowed under a key
/// derived from the recovery secret, published under the recovery index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OfflineEscrowEntry {
    /// The recovery index (a UDF of the recovery secret).
    pub identifier: String,
    /// `dir`/A256GCM JWE of the EscrowedKeySet.
    pub encrypted_data: Jwe,
}

/// A Mesh entry (the draft's Entry base class, §10.1.1), tagged by its type
/// name: `{"SignedPersonalProfile": {...}}`. Publish accepts only personal
/// profiles, recovery records and revocations; the other kinds appear in
/// the portal log ([`TransferResponse`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Entry {
    /// A personal profile, the public face of an account.
    SignedPersonalProfile(SignedObject),
    /// A recovery record.
    OfflineEscrowEntry(OfflineEscrowEntry),
    /// A master revocation: the portal refuses further updates of the profile.
    MasterRevocation(SignedObject),
    /// A master profile.
    SignedMasterProfile(SignedObject),
    /// A device profile.
    SignedDeviceProfile(SignedObject),
    /// A device's request to join a profile.
    SignedConnectionRequest(SignedObject),
    /// An administrator's answer to a connection request.
    SignedConnectionResult(SignedObject),
}

impl Entry {
    /// The entry's Identifier.
    pub fn identifier(&self) -> &str {
        match self {
            Entry::OfflineEscrowEntry(e) => &e.identifier,
            Entry::SignedPersonalProfile(s)
            | Entry::MasterRevocation(s)
            | Entry::SignedMasterProfile(s)
            | Entry::SignedDeviceProfile(s)
            | Entry::SignedConnectionRequest(s)
            | Entry::SignedConnectionResult(s) => &s.identifier,
        }
    }

    /// The tag name, e.g. `"SignedPersonalProfile"`; also the store's kind.
    pub fn type_name(&self) -> &'static str {
        match self {
            Entry::SignedPersonalProfile(_) => "SignedPersonalProfile",
            Entry::OfflineEscrowEntry(_) => "OfflineEscrowEntry",
            Entry::MasterRevocation(_) => "MasterRevocation",
            Entry::SignedMasterProfile(_) => "SignedMasterProfile",
            Entry::SignedDeviceProfile(_) => "SignedDeviceProfile",
            Entry::SignedConnectionRequest(_) => "SignedConnectionRequest",
            Entry::SignedConnectionResult(_) => "SignedConnectionResult",
        }
    }
}

/// The Profile of a CreateRequest, tagged like every polymorphic field
/// (PROTOCOL.md §1): `{"SignedPersonalProfile": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaggedProfile {
    /// The account's first personal profile.
    SignedPersonalProfile(SignedObject),
}

// ---------------------------------------------------------------------------
// Common structures (§12.4)

/// A key/value selection criterion of a Get (§12.4.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyValue {
    /// The data retrieval key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Limits on a search result (§12.4.2). With a `PageKey`, only `MaxEntries`
/// and `MaxBytes` still apply.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SearchConstraints {
    /// Only data published at or after this RFC 3339 time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<String>,
    /// Only data published strictly before this RFC 3339 time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Most entries to return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_entries: Option<u32>,
    /// Most bytes of data to return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_bytes: Option<u64>,
    /// The PageKey of a previous response, to continue that search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_key: Option<String>,
}

/// One published record in a Get or Transfer result.
///
/// meshman's shape (the draft names DataItem but never defines it):
/// `{"Index": 17, "Identifier": "MB2G-...", "Type": "SignedPersonalProfile",
/// "Published": "2026-11-25T07:35:03Z", "Entry": {"SignedPersonalProfile": {...}}}`.
/// `Index` is the portal log position of the write that produced it, `Type`
/// repeats the entry's tag (or names an event without an entry, such as
/// `DeleteAccount`, in a Transfer), `Account` appears only in Transfer results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DataItem {
    /// Position in the portal log.
    pub index: u64,
    /// The entry's Identifier.
    pub identifier: String,
    /// The entry's type name, or the name of the logged event.
    #[serde(rename = "Type")]
    pub kind: String,
    /// When the portal accepted it (RFC 3339).
    pub published: String,
    /// The account it belongs to; only in Transfer results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The tagged entry; absent for events that carry none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Entry>,
}

// ---------------------------------------------------------------------------
// Hello (§12.5)

/// Asks for the portal's protocol versions. No fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HelloRequest {}

/// A protocol version a portal speaks.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Version {
    /// Major version; meshman's protocol is 1.
    pub major: u32,
    /// Minor version.
    pub minor: u32,
    /// Message encodings, as media types (`application/json`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encodings: Vec<String>,
    /// Service URIs this version is offered at.
    #[serde(rename = "URI", default, skip_serializing_if = "Vec::is_empty")]
    pub uri: Vec<String>,
}

/// Reports the portal's preferred protocol version and any alternates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HelloResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The preferred version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Version>,
    /// Other versions also supported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternates: Vec<Version>,
}

// ---------------------------------------------------------------------------
// ValidateAccount (§12.6)

/// Asks whether an account name is acceptable (§12.6.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ValidateRequest {
    /// The account name, `alice@example.com`.
    pub account: String,
    /// Ask the portal to hold the name for a while.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve: Option<bool>,
    /// ISO language codes for the Reason text, preferred first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language: Vec<String>,
}

/// Whether the account name is acceptable, and the rules (§12.6.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ValidateResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// True if the name is acceptable now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<bool>,
    /// Minimum length of an account name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<u32>,
    /// Maximum length of an account name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<u32>,
    /// Characters the portal refuses in names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_characters: Option<String>,
    /// Why the name was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

// ---------------------------------------------------------------------------
// CreateAccount, DeleteAccount (§12.7, §12.8)

/// Creates an account bound to a personal profile (§12.7.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRequest {
    /// The account name.
    pub account: String,
    /// The personal profile, signed by a device it lists (PROTOCOL.md §7).
    pub profile: TaggedProfile,
}

/// Result of a CreateRequest (§12.7.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
}

/// Deletes an account; the published profile stays (§12.8.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRequest {
    /// The account to delete.
    pub account: String,
}

/// Result of a DeleteRequest (§12.8.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
}

// ---------------------------------------------------------------------------
// Get, Publish (§12.9, §12.10)

/// Looks up published entries (§12.9.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetRequest {
    /// Lookup by identifier: a profile UDF or a recovery index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Lookup by account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Further conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_values: Vec<KeyValue>,
    /// Time window and paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_constraints: Option<SearchConstraints>,
    /// Return every match, not just the latest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple: Option<bool>,
    /// Return the entries with their publication metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full: Option<bool>,
}

/// The entries found (§12.9.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The matching entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_items: Vec<DataItem>,
    /// Present when more results remain; pass it back in SearchConstraints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_key: Option<String>,
}

/// Publishes a personal profile, recovery record or revocation (§12.10.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PublishRequest {
    /// The tagged entry.
    pub entry: Entry,
}

/// Result of a PublishRequest (§12.10.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PublishResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
}

// ---------------------------------------------------------------------------
// Status (§12.11)

/// Asks for the portal's log state. No fields.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StatusRequest {}

/// The portal's log state (§12.11.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StatusResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// Time of the last write to the log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_write_time: Option<String>,
    /// Time the last checkpoint was computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_checkpoint_time: Option<String>,
    /// Time the next checkpoint is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_checkpoint_time: Option<String>,
    /// The checkpoint: hex SHA-512 hash chain head over the log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint_value: Option<String>,
}

// ---------------------------------------------------------------------------
// Device connection (§12.12–§12.15, PROTOCOL.md §10)

/// A new device asks to join an account's profile (§12.12.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectStartRequest {
    /// The account to join.
    #[serde(rename = "AccountID")]
    pub account_id: String,
    /// ConnectionRequest signed by the device's signature key.
    pub signed_request: SignedConnectionRequest,
}

/// The portal's answer to ConnectStart: what the device needs to show the
/// verification code.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectStartResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The account's current personal profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_personal_profile: Option<SignedPersonalProfile>,
    /// The portal's nonce, b64u.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_nonce: Option<String>,
}

/// The connecting device polls for the result (§12.13.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectStatusRequest {
    /// The account it asked to join.
    #[serde(rename = "AccountID")]
    pub account_id: String,
    /// The device's UDF.
    #[serde(rename = "DeviceID")]
    pub device_id: String,
}

/// The result, once an administrator has given one (§12.13.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectStatusResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// Absent while the request is pending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<SignedConnectionResult>,
}

/// An administration device lists pending requests (§12.14.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectPendingRequest {
    /// The account.
    #[serde(rename = "AccountID")]
    pub account_id: String,
    /// Paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_constraints: Option<SearchConstraints>,
}

/// One pending connection request, with what the administrator needs to
/// compute the verification code (PROTOCOL.md §10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PendingConnection {
    /// The device's signed request.
    pub signed_request: SignedConnectionRequest,
    /// The nonce the portal gave the device, b64u.
    pub service_nonce: String,
    /// When the portal received it (RFC 3339).
    pub received: String,
}

/// Pending requests, unexpired, oldest first (§12.14.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectPendingResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The requests.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<PendingConnection>,
    /// Present when more remain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_key: Option<String>,
}

/// An administrator accepts or refuses a device (§12.15.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectCompleteRequest {
    /// The account.
    #[serde(rename = "AccountID")]
    pub account_id: String,
    /// ConnectionResult signed by an OnlineSignatureKey.
    pub result: SignedConnectionResult,
}

/// Result of a ConnectCompleteRequest (§12.15.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectCompleteResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
}

// ---------------------------------------------------------------------------
// Transfer (§12.16)

/// Bulk read of the portal log between two indexes, inclusive (§12.16.1).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TransferRequest {
    /// Only this account's writes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Lowest log index wanted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_min: Option<u64>,
    /// Highest log index wanted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_max: Option<u64>,
    /// Paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_constraints: Option<SearchConstraints>,
}

/// Log records (§12.16.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TransferResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The records, in log order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_items: Vec<DataItem>,
    /// Present when more remain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_key: Option<String>,
}

// ---------------------------------------------------------------------------
// Catalogs (PROTOCOL.md §9)

/// One frame of a catalog log, as stored and served.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CatalogFrame {
    /// Position in the catalog's log, from 1.
    pub index: u64,
    /// Keyed UDF of the entry's natural key.
    #[serde(rename = "UniqueID")]
    pub unique_id: String,
    /// JWS over the JWE of the entry; may be absent on a delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Jws>,
    /// True if this frame deletes the entry.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
}

/// One change a device asks to append.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CatalogUpdate {
    /// Keyed UDF of the entry's natural key.
    #[serde(rename = "UniqueID")]
    pub unique_id: String,
    /// Index of the frame this change was made against; absent or 0 for a new entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_index: Option<u64>,
    /// JWS over the JWE of the entry; may be absent on a delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Jws>,
    /// True to delete the entry.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
}

/// Reads a catalog's log from `IndexMin` (inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SynchronizeRequest {
    /// The catalog: `credential`, `contact`, `task`, `bookmark`, `ssh` or `mail`.
    pub catalog: String,
    /// Lowest index wanted; absent means 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_min: Option<u64>,
    /// Most frames to return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_entries: Option<u32>,
}

/// Frames of a catalog's log.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SynchronizeResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The frames, in index order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<CatalogFrame>,
    /// Highest index in the catalog (0 if empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_last: Option<u64>,
    /// Present when more frames remain: the next IndexMin, as a decimal string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_key: Option<String>,
}

/// Appends changes to a catalog; one transaction.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AppendRequest {
    /// The catalog.
    pub catalog: String,
    /// The changes, applied in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entries: Vec<CatalogUpdate>,
}

/// An accepted change and the index it got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Accepted {
    /// The entry.
    #[serde(rename = "UniqueID")]
    pub unique_id: String,
    /// Its new frame's index.
    pub index: u64,
}

/// Why a change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictType {
    /// A new entry whose UniqueID already exists.
    Exists,
    /// The entry was changed after the given BaseIndex.
    Updated,
    /// The entry was deleted after the given BaseIndex.
    Deleted,
}

/// A refused change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Conflict {
    /// The entry.
    #[serde(rename = "UniqueID")]
    pub unique_id: String,
    /// The BaseIndex the device gave (0 for none).
    pub given_index: u64,
    /// The index of the entry's latest frame.
    pub current_index: u64,
    /// What happened to the entry.
    #[serde(rename = "Type")]
    pub kind: ConflictType,
}

/// Outcome of an AppendRequest.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AppendResponse {
    /// Status.
    #[serde(flatten)]
    pub status: ResponseStatus,
    /// The catalog's last index before the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_before: Option<u64>,
    /// The catalog's last index after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_after: Option<u64>,
    /// Changes appended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<Accepted>,
    /// Changes refused.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

// ---------------------------------------------------------------------------
// Envelopes (PROTOCOL.md §6)

/// A request body, tagged by its message name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)]
pub enum Request {
    /// Hello.
    HelloRequest(HelloRequest),
    /// ValidateAccount.
    ValidateRequest(ValidateRequest),
    /// CreateAccount.
    CreateRequest(CreateRequest),
    /// DeleteAccount.
    DeleteRequest(DeleteRequest),
    /// Get.
    GetRequest(GetRequest),
    /// Publish.
    PublishRequest(PublishRequest),
    /// Status.
    StatusRequest(StatusRequest),
    /// ConnectStart.
    ConnectStartRequest(ConnectStartRequest),
    /// ConnectStatus.
    ConnectStatusRequest(ConnectStatusRequest),
    /// ConnectPending.
    ConnectPendingRequest(ConnectPendingRequest),
    /// ConnectComplete.
    ConnectCompleteRequest(ConnectCompleteRequest),
    /// Transfer.
    TransferRequest(TransferRequest),
    /// Catalog Synchronize.
    SynchronizeRequest(SynchronizeRequest),
    /// Catalog Append.
    AppendRequest(AppendRequest),
}

impl Request {
    /// The message name, e.g. `"HelloRequest"`.
    pub fn name(&self) -> &'static str {
        match self {
            Request::HelloRequest(_) => "HelloRequest",
            Request::ValidateRequest(_) => "ValidateRequest",
            Request::CreateRequest(_) => "CreateRequest",
            Request::DeleteRequest(_) => "DeleteRequest",
            Request::GetRequest(_) => "GetRequest",
            Request::PublishRequest(_) => "PublishRequest",
            Request::StatusRequest(_) => "StatusRequest",
            Request::ConnectStartRequest(_) => "ConnectStartRequest",
            Request::ConnectStatusRequest(_) => "ConnectStatusRequest",
            Request::ConnectPendingRequest(_) => "ConnectPendingRequest",
            Request::ConnectCompleteRequest(_) => "ConnectCompleteRequest",
            Request::TransferRequest(_) => "TransferRequest",
            Request::SynchronizeRequest(_) => "SynchronizeRequest",
            Request::AppendRequest(_) => "AppendRequest",
        }
    }

    /// An error response of the matching type, e.g. a `HelloResponse` for a
    /// `HelloRequest`, carrying only the status.
    pub fn error_response(&self, status: ResponseStatus) -> Response {
        match self {
            Request::HelloRequest(_) => Response::HelloResponse(HelloResponse {
                status,
                ..Default::default()
            }),
            Request::ValidateRequest(_) => Response::ValidateResponse(ValidateResponse {
                status,
                ..Default::default()
            }),
            Request::CreateRequest(_) => Response::CreateResponse(CreateResponse { status }),
            Request::DeleteRequest(_) => Response::DeleteResponse(DeleteResponse { status }),
            Request::GetRequest(_) => Response::GetResponse(GetResponse {
                status,
                ..Default::default()
            }),
            Request::PublishRequest(_) => Response::PublishResponse(PublishResponse { status }),
            Request::StatusRequest(_) => Response::StatusResponse(StatusResponse {
                status,
                ..Default::default()
            }),
            Request::ConnectStartRequest(_) => {
                Response::ConnectStartResponse(ConnectStartResponse {
                    status,
                    ..Default::default()
                })
            }
            Request::ConnectStatusRequest(_) => {
                Response::ConnectStatusResponse(ConnectStatusResponse {
                    status,
                    ..Default::default()
                })
            }
            Request::ConnectPendingRequest(_) => {
                Response::ConnectPendingResponse(ConnectPendingResponse {
                    status,
                    ..Default::default()
                })
            }
            Request::ConnectCompleteRequest(_) => {
                Response::ConnectCompleteResponse(ConnectCompleteResponse { status })
            }
            Request::TransferRequest(_) => Response::TransferResponse(TransferResponse {
                status,
                ..Default::default()
            }),
            Request::SynchronizeRequest(_) => Response::SynchronizeResponse(SynchronizeResponse {
                status,
                ..Default::default()
            }),
            Request::AppendRequest(_) => Response::AppendResponse(AppendResponse {
                status,
                ..Default::default()
            }),
        }
    }
}

/// A response body, tagged by its message name. `MeshResponse` (the draft's
/// base class, §12.2.1) answers a body that could not be parsed as any
/// request, so no specific response type applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Answer to an unparseable request.
    MeshResponse(ResponseStatus),
    /// Hello.
    HelloResponse(HelloResponse),
    /// ValidateAccount.
    ValidateResponse(ValidateResponse),
    /// CreateAccount.
    CreateResponse(CreateResponse),
    /// DeleteAccount.
    DeleteResponse(DeleteResponse),
    /// Get.
    GetResponse(GetResponse),
    /// Publish.
    PublishResponse(PublishResponse),
    /// Status.
    StatusResponse(StatusResponse),
    /// ConnectStart.
    ConnectStartResponse(ConnectStartResponse),
    /// ConnectStatus.
    ConnectStatusResponse(ConnectStatusResponse),
    /// ConnectPending.
    ConnectPendingResponse(ConnectPendingResponse),
    /// ConnectComplete.
    ConnectCompleteResponse(ConnectCompleteResponse),
    /// Transfer.
    TransferResponse(TransferResponse),
    /// Catalog Synchronize.
    SynchronizeResponse(SynchronizeResponse),
    /// Catalog Append.
    AppendResponse(AppendResponse),
}

impl Response {
    /// The status every response carries.
    pub fn status(&self) -> &ResponseStatus {
        match self {
            Response::MeshResponse(s) => s,
            Response::HelloResponse(r) => &r.status,
            Response::ValidateResponse(r) => &r.status,
            Response::CreateResponse(r) => &r.status,
            Response::DeleteResponse(r) => &r.status,
            Response::GetResponse(r) => &r.status,
            Response::PublishResponse(r) => &r.status,
            Response::StatusResponse(r) => &r.status,
            Response::ConnectStartResponse(r) => &r.status,
            Response::ConnectStatusResponse(r) => &r.status,
            Response::ConnectPendingResponse(r) => &r.status,
            Response::ConnectCompleteResponse(r) => &r.status,
            Response::TransferResponse(r) => &r.status,
            Response::SynchronizeResponse(r) => &r.status,
            Response::AppendResponse(r) => &r.status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::jwe::{Recipient, RecipientHeader};
    use crate::crypto::jws::JwsSignature;
    use serde_json::json;

    fn jws() -> Jws {
        Jws {
            payload: "eyJEZXZpY2VQcm9maWxlIjp7fX0".into(),
            signatures: vec![JwsSignature {
                protected: "eyJhbGciOiJFZERTQSJ9".into(),
                signature: "c2ln".into(),
            }],
        }
    }

    fn jwe() -> Jwe {
        Jwe {
            protected: "eyJlbmMiOiJBMjU2R0NNIn0".into(),
            recipients: vec![Recipient {
                header: RecipientHeader {
                    alg: "dir".into(),
                    kid: "MB2G-INDX".into(),
                    epk: None,
                },
                encrypted_key: None,
            }],
            iv: "aXY".into(),
            ciphertext: "Y3Q".into(),
            tag: "dGFn".into(),
        }
    }

    fn signed(id: &str) -> SignedObject {
        SignedObject {
            identifier: id.into(),
            signed_data: jws(),
            unauthenticated: None,
        }
    }

    /// Serializes, parses back, and checks both the value and that a second
    /// serialization is byte-identical.
    fn round_trip<T>(value: &T) -> serde_json::Value
    where
        T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let text = serde_json::to_string(value).unwrap();
        let back: T = serde_json::from_str(&text).unwrap();
        assert_eq!(&back, value, "round trip changed {text}");
        assert_eq!(serde_json::to_string(&back).unwrap(), text);
        serde_json::from_str(&text).unwrap()
    }

    fn all_requests() -> Vec<Request> {
        vec![
            Request::HelloRequest(HelloRequest {}),
            Request::ValidateRequest(ValidateRequest {
                account: "alice@example.com".into(),
                reserve: Some(true),
                language: vec!["en".into(), "fr".into()],
            }),
            Request::CreateRequest(CreateRequest {
                account: "alice@example.com".into(),
                profile: TaggedProfile::SignedPersonalProfile(signed("MB2G-PROF")),
            }),
            Request::DeleteRequest(DeleteRequest {
                account: "alice@example.com".into(),
            }),
            Request::GetRequest(GetRequest {
                identifier: Some("MB2G-PROF".into()),
                account: Some("alice@example.com".into()),
                key_values: vec![KeyValue {
                    key: Some("k".into()),
                    value: Some("v".into()),
                }],
                search_constraints: Some(SearchConstraints {
                    not_before: Some("2026-01-01T00:00:00Z".into()),
                    before: Some("2027-01-01T00:00:00Z".into()),
                    max_entries: Some(10),
                    max_bytes: Some(65536),
                    page_key: Some("17".into()),
                }),
                multiple: Some(true),
                full: Some(false),
            }),
            Request::PublishRequest(PublishRequest {
                entry: Entry::OfflineEscrowEntry(OfflineEscrowEntry {
                    identifier: "MB2G-INDX".into(),
                    encrypted_data: jwe(),
                }),
            }),
            Request::StatusRequest(StatusRequest {}),
            Request::ConnectStartRequest(ConnectStartRequest {
                account_id: "alice@example.com".into(),
                signed_request: signed("MDEV-ICE1"),
            }),
            Request::ConnectStatusRequest(ConnectStatusRequest {
                account_id: "alice@example.com".into(),
                device_id: "MDEV-ICE1".into(),
            }),
            Request::ConnectPendingRequest(ConnectPendingRequest {
                account_id: "alice@example.com".into(),
                search_constraints: Some(SearchConstraints {
                    max_entries: Some(5),
                    ..Default::default()
                }),
            }),
            Request::ConnectCompleteRequest(ConnectCompleteRequest {
                account_id: "alice@example.com".into(),
                result: signed("MDEV-ICE1"),
            }),
            Request::TransferRequest(TransferRequest {
                account: Some("alice@example.com".into()),
                index_min: Some(1),
                index_max: Some(100),
                search_constraints: None,
            }),
            Request::SynchronizeRequest(SynchronizeRequest {
                catalog: "credential".into(),
                index_min: Some(4),
                max_entries: Some(100),
            }),
            Request::AppendRequest(AppendRequest {
                catalog: "credential".into(),
                entries: vec![
                    CatalogUpdate {
                        unique_id: "AAAA-UID1".into(),
                        base_index: None,
                        envelope: Some(jws()),
                        deleted: false,
                    },
                    CatalogUpdate {
                        unique_id: "AAAA-UID2".into(),
                        base_index: Some(3),
                        envelope: None,
                        deleted: true,
                    },
                ],
            }),
        ]
    }

    fn all_responses() -> Vec<Response> {
        let item = DataItem {
            index: 3,
            identifier: "MB2G-PROF".into(),
            kind: "SignedPersonalProfile".into(),
            published: "2026-11-25T07:35:03Z".into(),
            account: None,
            entry: Some(Entry::SignedPersonalProfile(signed("MB2G-PROF"))),
        };
        vec![
            Response::MeshResponse(ResponseStatus::new(status::BAD_REQUEST)),
            Response::HelloResponse(HelloResponse {
                status: ResponseStatus::ok(),
                version: Some(Version {
                    major: 1,
                    minor: 0,
                    encodings: vec!["application/json".into()],
                    uri: vec!["https://example.com/.well-known/mmm/".into()],
                }),
                alternates: vec![],
            }),
            Response::ValidateResponse(ValidateResponse {
                status: ResponseStatus::ok(),
                valid: Some(false),
                minimum: Some(1),
                maximum: Some(64),
                invalid_characters: Some(" /".into()),
                reason: Some("taken".into()),
            }),
            Response::CreateResponse(CreateResponse {
                status: ResponseStatus::new(status::CREATED),
            }),
            Response::DeleteResponse(DeleteResponse {
                status: ResponseStatus::ok(),
            }),
            Response::GetResponse(GetResponse {
                status: ResponseStatus::ok(),
                data_items: vec![item.clone()],
                page_key: Some("3".into()),
            }),
            Response::PublishResponse(PublishResponse {
                status: ResponseStatus::new(status::UPDATED),
            }),
            Response::StatusResponse(StatusResponse {
                status: ResponseStatus::ok(),
                last_write_time: Some("2026-11-25T07:35:03Z".into()),
                last_checkpoint_time: Some("2026-11-25T07:35:03Z".into()),
                next_checkpoint_time: Some("2026-11-25T08:35:03Z".into()),
                checkpoint_value: Some("00ff".into()),
            }),
            Response::ConnectStartResponse(ConnectStartResponse {
                status: ResponseStatus::ok(),
                signed_personal_profile: Some(signed("MB2G-PROF")),
                service_nonce: Some("bm9uY2U".into()),
            }),
            Response::ConnectStatusResponse(ConnectStatusResponse {
                status: ResponseStatus::ok(),
                result: Some(signed("MDEV-ICE1")),
            }),
            Response::ConnectPendingResponse(ConnectPendingResponse {
                status: ResponseStatus::ok(),
                pending: vec![PendingConnection {
                    signed_request: signed("MDEV-ICE1"),
                    service_nonce: "bm9uY2U".into(),
                    received: "2026-11-25T07:35:03Z".into(),
                }],
                page_key: None,
            }),
            Response::ConnectCompleteResponse(ConnectCompleteResponse {
                status: ResponseStatus::ok(),
            }),
            Response::TransferResponse(TransferResponse {
                status: ResponseStatus::ok(),
                data_items: vec![
                    DataItem {
                        account: Some("alice@example.com".into()),
                        ..item
                    },
                    DataItem {
                        index: 4,
                        identifier: "MB2G-PROF".into(),
                        kind: "DeleteAccount".into(),
                        published: "2026-11-25T07:36:03Z".into(),
                        account: Some("alice@example.com".into()),
                        entry: None,
                    },
                ],
                page_key: Some("4".into()),
            }),
            Response::SynchronizeResponse(SynchronizeResponse {
                status: ResponseStatus::ok(),
                entries: vec![CatalogFrame {
                    index: 1,
                    unique_id: "AAAA-UID1".into(),
                    envelope: Some(jws()),
                    deleted: false,
                }],
                index_last: Some(1),
                page_key: None,
            }),
            Response::AppendResponse(AppendResponse {
                status: ResponseStatus::ok(),
                index_before: Some(1),
                index_after: Some(2),
                accepted: vec![Accepted {
                    unique_id: "AAAA-UID3".into(),
                    index: 2,
                }],
                conflicts: vec![Conflict {
                    unique_id: "AAAA-UID1".into(),
                    given_index: 0,
                    current_index: 1,
                    kind: ConflictType::Exists,
                }],
            }),
        ]
    }

    #[test]
    fn every_request_round_trips_tagged_by_name() {
        let requests = all_requests();
        assert_eq!(requests.len(), 14);
        for request in &requests {
            let value = round_trip(request);
            let object = value.as_object().unwrap();
            assert_eq!(object.len(), 1);
            assert!(object.contains_key(request.name()), "{value}");
        }
    }

    #[test]
    fn every_response_round_trips_with_status() {
        for response in &all_responses() {
            let value = round_trip(response);
            let (_, body) = value.as_object().unwrap().iter().next().unwrap();
            assert!(body["Status"].is_u64(), "{value}");
            assert!(body["StatusDescription"].is_string(), "{value}");
        }
    }

    #[test]
    fn error_response_matches_request_type() {
        for request in &all_requests() {
            let response = request.error_response(ResponseStatus::new(status::FORBIDDEN));
            let value = serde_json::to_value(&response).unwrap();
            let name = request.name().replace("Request", "Response");
            assert_eq!(value[&name]["Status"], 403, "{value}");
            assert_eq!(value[&name]["StatusDescription"], "Forbidden");
            assert_eq!(response.status().status, status::FORBIDDEN);
            assert!(!response.status().is_success());
        }
    }

    #[test]
    fn exact_shapes() {
        assert_eq!(
            serde_json::to_string(&Request::HelloRequest(HelloRequest {})).unwrap(),
            r#"{"HelloRequest":{}}"#
        );
        assert_eq!(
            serde_json::to_string(&Response::CreateResponse(CreateResponse {
                status: ResponseStatus::new(status::CREATED)
            }))
            .unwrap(),
            r#"{"CreateResponse":{"Status":201,"StatusDescription":"Created"}}"#
        );
        assert_eq!(
            serde_json::to_string(&Request::ConnectStatusRequest(ConnectStatusRequest {
                account_id: "a@b".into(),
                device_id: "MDEV".into(),
            }))
            .unwrap(),
            r#"{"ConnectStatusRequest":{"AccountID":"a@b","DeviceID":"MDEV"}}"#
        );
        // Absent options and empty lists are omitted.
        assert_eq!(
            serde_json::to_string(&Request::ValidateRequest(ValidateRequest {
                account: "a@b".into(),
                ..Default::default()
            }))
            .unwrap(),
            r#"{"ValidateRequest":{"Account":"a@b"}}"#
        );
        assert_eq!(
            serde_json::to_string(&Conflict {
                unique_id: "U".into(),
                given_index: 2,
                current_index: 5,
                kind: ConflictType::Deleted,
            })
            .unwrap(),
            r#"{"UniqueID":"U","GivenIndex":2,"CurrentIndex":5,"Type":"Deleted"}"#
        );
        assert_eq!(
            serde_json::to_string(&CatalogUpdate {
                unique_id: "U".into(),
                base_index: Some(3),
                envelope: None,
                deleted: true,
            })
            .unwrap(),
            r#"{"UniqueID":"U","BaseIndex":3,"Deleted":true}"#
        );
        assert_eq!(
            serde_json::to_value(signed("MB2G")).unwrap(),
            json!({"Identifier": "MB2G", "SignedData": {
                "payload": "eyJEZXZpY2VQcm9maWxlIjp7fX0",
                "signatures": [{"protected": "eyJhbGciOiJFZERTQSJ9", "signature": "c2ln"}]}})
        );
    }

    #[test]
    fn polymorphic_fields_are_tagged() {
        let create = CreateRequest {
            account: "a@b".into(),
            profile: TaggedProfile::SignedPersonalProfile(signed("MB2G")),
        };
        let value = serde_json::to_value(&create).unwrap();
        assert_eq!(
            value["Profile"]["SignedPersonalProfile"]["Identifier"],
            "MB2G"
        );

        let publish = PublishRequest {
            entry: Entry::MasterRevocation(signed("MB2G")),
        };
        let value = serde_json::to_value(&publish).unwrap();
        assert_eq!(value["Entry"]["MasterRevocation"]["Identifier"], "MB2G");

        let escrow = Entry::OfflineEscrowEntry(OfflineEscrowEntry {
            identifier: "MB2G-INDX".into(),
            encrypted_data: jwe(),
        });
        let value = serde_json::to_value(&escrow).unwrap();
        assert_eq!(value["OfflineEscrowEntry"]["EncryptedData"]["tag"], "dGFn");
        assert_eq!(escrow.identifier(), "MB2G-INDX");
        assert_eq!(escrow.type_name(), "OfflineEscrowEntry");
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let text = r#"{"GetRequest":{"Portal":"example.com","Identifier":"MB2G",
            "Future":{"x":[1,2]},"SearchConstraints":{"MaxEntries":3,"Extra":true}}}"#;
        let request: Request = serde_json::from_str(text).unwrap();
        let Request::GetRequest(get) = request else {
            panic!("not a GetRequest")
        };
        assert_eq!(get.identifier.as_deref(), Some("MB2G"));
        assert_eq!(get.search_constraints.unwrap().max_entries, Some(3));

        let text = r#"{"AppendResponse":{"Status":200,"StatusDescription":"OK",
            "NewField":1,"IndexBefore":0,"IndexAfter":1,
            "Accepted":[{"UniqueID":"U","Index":1,"Why":"x"}]}}"#;
        let response: Response = serde_json::from_str(text).unwrap();
        assert!(response.status().is_success());
        let Response::AppendResponse(append) = response else {
            panic!("not an AppendResponse")
        };
        assert_eq!(append.accepted[0].index, 1);
    }

    #[test]
    fn missing_required_fields_and_unknown_messages_fail() {
        assert!(serde_json::from_str::<Request>(r#"{"CreateRequest":{"Account":"a@b"}}"#).is_err());
        assert!(serde_json::from_str::<Request>(r#"{"PublishRequest":{}}"#).is_err());
        assert!(serde_json::from_str::<Request>(r#"{"FooRequest":{}}"#).is_err());
        assert!(
            serde_json::from_str::<Request>(r#"{"PublishRequest":{"Entry":{"Bogus":{}}}}"#)
                .is_err()
        );
        // A missing StatusDescription is tolerated; a missing Status is not.
        let r: Response = serde_json::from_str(r#"{"DeleteResponse":{"Status":404}}"#).unwrap();
        assert_eq!(r.status().status, status::NOT_FOUND);
        assert!(serde_json::from_str::<Response>(r#"{"DeleteResponse":{}}"#).is_err());
    }

    #[test]
    fn status_descriptions() {
        assert_eq!(status::description(status::OVERLOADED), "Overloaded");
        assert_eq!(status::description(299), "Unknown status");
        assert!(ResponseStatus::new(status::UPDATED).is_success());
    }
}
