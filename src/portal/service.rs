//! The portal's transactions (reference-10 §12.5–§12.16, PROTOCOL.md §6–§8):
//! one function per request type over a [`Store`], independent of HTTP so
//! the same code answers the server and unit tests.
//!
//! [`Portal::handle`] takes the raw body, the client address and the
//! `Mesh-Authentication` header and returns a response whose `Status` the
//! HTTP layer mirrors. Store calls block; the HTTP layer runs `handle` on
//! tokio's blocking pool.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, UNIX_EPOCH};

use super::PortalConfig;
use super::auth::{self, AccountKeys, AuthError, Authenticated};
use super::store::{
    self, EntryQuery, EntryRecord, KIND_PERSONAL_PROFILE, KIND_RECOVERY_RECORD, KIND_REVOCATION,
    SqliteStore, Store, StoreError,
};
use crate::profile::{self, PersonalProfile, Signed, VerifiedProfile};
use crate::protocol::*;

mod catalog;
mod connect;

/// Shortest account name (the part before `@`).
pub const NAME_MIN: u32 = 1;
/// Longest account name.
pub const NAME_MAX: u32 = 64;
/// How long a ValidateRequest `Reserve` holds a name.
pub const RESERVATION_SECS: u64 = 600;
/// Entries returned by a Get or Transfer when MaxEntries is absent.
pub const DEFAULT_PAGE: usize = 100;
/// Most entries one Get or Transfer returns, whatever MaxEntries says.
pub const MAX_PAGE: usize = 1000;

/// A failed transaction: the status to answer with.
type Fail = ResponseStatus;
type Outcome<T> = std::result::Result<T, Fail>;

fn fail(code: u16, description: impl Into<String>) -> Fail {
    ResponseStatus::with_description(code, description)
}

fn bad(description: impl Into<String>) -> Fail {
    fail(status::BAD_REQUEST, description)
}

impl From<StoreError> for Fail {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::Exists(_) | StoreError::Conflict(_) => status::CONFLICT,
            StoreError::NotFound(_) => status::NOT_FOUND,
            StoreError::Revoked(_) => status::FORBIDDEN,
            StoreError::Invalid(_) => status::BAD_REQUEST,
            StoreError::Corrupt(_) | StoreError::Database(_) => {
                // The details are for the operator, not the client.
                eprintln!("meshman portal: store error: {e}");
                return fail(status::INTERNAL, "the portal's database failed");
            }
        };
        fail(code, e.to_string())
    }
}

impl From<AuthError> for Fail {
    fn from(e: AuthError) -> Self {
        fail(status::UNAUTHORIZED, e.to_string())
    }
}

/// What one request produced: its message name (for the log line) and the
/// response.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The request's message name, or `-` if the body did not parse.
    pub name: &'static str,
    /// The response; its `Status` is the HTTP status.
    pub response: Response,
}

/// A token bucket per client address: `per_minute` requests a minute, in
/// bursts of up to `per_minute`. Zero means no limit.
struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    fn new(per_minute: u32) -> Self {
        RateLimiter {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a token for `client`; false when its bucket is empty.
    fn allow(&self, client: IpAddr) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let capacity = f64::from(self.per_minute);
        let per_sec = capacity / 60.0;
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > 100_000 {
            // Forget clients whose buckets have refilled: they lose nothing.
            buckets.retain(|_, (tokens, last)| {
                *tokens + now.duration_since(*last).as_secs_f64() * per_sec < capacity
            });
        }
        let (tokens, last) = buckets.entry(client).or_insert((capacity, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * per_sec).min(capacity);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// An account's verified profile and device keys, kept in memory so that
/// authenticating a request does not re-verify the profile chain.
struct CachedAccount {
    profile_id: String,
    revoked: bool,
    profile: VerifiedProfile,
    keys: AccountKeys,
}

/// Verified accounts in memory. Each account has a generation, bumped by
/// every change to it, so a profile read from the store before a write is
/// never cached after that write. Per account, so that writes to different
/// accounts do not evict one another.
///
/// At most `capacity` accounts are cached, and as many generations kept:
/// one more drops them all and starts a new epoch, which every read or
/// write begun before it sees as stale. Forgetting one account's
/// generation alone would not be safe: a read that saw it before a write
/// could find it unchanged again. Active accounts are verified again after
/// a drop; a portal with fewer accounts never drops.
struct AccountCache<T = CachedAccount> {
    state: Mutex<CacheState<T>>,
}

/// Accounts an [`AccountCache`] holds by default: at most this many parsed,
/// verified profiles in memory (the portal benchmark's, with 9 devices, is
/// 20 KB of JSON).
const CACHED_ACCOUNTS: usize = 10_000;

struct CacheState<T> {
    entries: HashMap<String, Arc<T>>,
    generations: HashMap<String, u64>,
    /// Bumped when the whole cache is dropped.
    epoch: u64,
    capacity: usize,
}

/// An account's generation as seen at some moment.
type Generation = (u64, u64);

impl<T> Default for AccountCache<T> {
    fn default() -> Self {
        Self::with_capacity(CACHED_ACCOUNTS)
    }
}

impl<T> CacheState<T> {
    fn generation(&self, account: &str) -> Generation {
        (
            self.epoch,
            self.generations.get(account).copied().unwrap_or(0),
        )
    }

    fn bump(&mut self, account: &str) {
        if !self.generations.contains_key(account) && self.generations.len() >= self.capacity {
            self.drop_all();
        }
        *self.generations.entry(account.to_owned()).or_insert(0) += 1;
    }

    /// Caches `entry`, current as of now (the caller checked the generation
    /// under the same lock).
    fn insert(&mut self, account: &str, entry: Arc<T>) {
        if !self.entries.contains_key(account) && self.entries.len() >= self.capacity {
            self.drop_all();
        }
        self.entries.insert(account.to_owned(), entry);
    }

    fn drop_all(&mut self) {
        self.epoch += 1;
        self.entries.clear();
        self.generations.clear();
    }
}

impl<T> AccountCache<T> {
    fn with_capacity(capacity: usize) -> Self {
        AccountCache {
            state: Mutex::new(CacheState {
                entries: HashMap::new(),
                generations: HashMap::new(),
                epoch: 0,
                capacity,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, CacheState<T>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self, account: &str) -> Option<Arc<T>> {
        self.lock().entries.get(account).cloned()
    }

    /// Read before reading the store for `account` or writing it.
    fn generation(&self, account: &str) -> Generation {
        self.lock().generation(account)
    }

    /// Forgets one account, or with `None` every account.
    fn invalidate(&self, account: Option<&str>) {
        let mut state = self.lock();
        match account {
            Some(a) => {
                state.bump(a);
                state.entries.remove(a);
            }
            None => {
                state.epoch += 1;
                state.entries.clear();
            }
        }
    }

    /// Caches `entry`, read from the store after `seen`, unless the account
    /// changed since.
    fn load(&self, account: &str, seen: Generation, entry: Arc<T>) {
        let mut state = self.lock();
        if state.generation(account) == seen {
            state.insert(account, entry);
        }
    }

    /// Caches `entry`, made from a store write done after `seen`, as the
    /// account's current state. If the account changed since (possibly by
    /// a later write), it drops the account's entry instead. Either way the
    /// generation is bumped, so a [`Self::load`] that read the store before
    /// our write cannot cache its entry over ours.
    fn install(&self, account: &str, seen: Generation, entry: Arc<T>) {
        let mut state = self.lock();
        if state.generation(account) == seen {
            state.insert(account, entry);
        } else {
            state.entries.remove(account);
        }
        state.bump(account);
    }
}

/// An account address split and checked against this portal's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
struct AccountName {
    /// `local@domain`, local part lower-cased (latin letters only,
    /// reference-10 §4.1), domain lower-cased.
    normalized: String,
    /// Why the name is refused, if it is.
    problems: Vec<String>,
    /// Characters of the local part the portal refuses.
    invalid: String,
}

/// The portal: configuration, store, caches and limits.
pub struct Portal {
    config: PortalConfig,
    store: Box<dyn Store>,
    accounts: AccountCache,
    open_limiter: RateLimiter,
    recovery_limiter: RateLimiter,
    /// `portal.lock` in the data folder, held while the portal lives: the
    /// replay nonces are checked in this process's memory, so a second
    /// portal on the same data could accept a request the first saw.
    _lock: Option<std::fs::File>,
}

fn now() -> u64 {
    crate::time::unix_now()
}

fn rfc3339(secs: u64) -> String {
    crate::time::format(UNIX_EPOCH + Duration::from_secs(secs))
}

fn parse_time(text: &str, field: &str) -> Outcome<u64> {
    let t = crate::time::parse(text).map_err(|e| bad(format!("{field}: {e}")))?;
    Ok(t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0))
}

/// The stored JSON of an entry, tagged by its kind; `None` for log records
/// that carry no entry (account events, connection requests).
fn to_entry(kind: &str, json: Option<&str>) -> Option<Entry> {
    let value: serde_json::Value = serde_json::from_str(json?).ok()?;
    serde_json::from_value(profile::to_tagged_json(kind, &value)).ok()
}

fn data_item(record: EntryRecord, account: Option<String>) -> DataItem {
    DataItem {
        index: record.index,
        entry: to_entry(&record.kind, Some(&record.json)),
        identifier: record.identifier,
        kind: record.kind,
        published: rfc3339(record.published),
        account,
    }
}

/// MaxEntries of a search, defaulted and capped.
fn page_size(constraints: &SearchConstraints) -> Outcome<usize> {
    match constraints.max_entries {
        None => Ok(DEFAULT_PAGE),
        Some(0) => Err(bad("SearchConstraints MaxEntries must be at least 1")),
        Some(n) => Ok((n as usize).min(MAX_PAGE)),
    }
}

fn page_after(constraints: &SearchConstraints) -> Outcome<Option<u64>> {
    constraints
        .page_key
        .as_deref()
        .map(store::parse_page_key)
        .transpose()
        .map_err(Fail::from)
}

/// Cuts `items` (fetched with one extra) to a page of at most `size`
/// entries and `max_bytes` bytes of JSON (at least one entry), and gives
/// the PageKey when more remain.
fn paginate(
    mut items: Vec<DataItem>,
    size: usize,
    max_bytes: Option<u64>,
) -> (Vec<DataItem>, Option<String>) {
    let mut more = items.len() > size;
    items.truncate(size);
    if let Some(max) = max_bytes {
        let mut total = 0u64;
        let mut keep = 0;
        for item in &items {
            let len = serde_json::to_vec(item)
                .map(|v| v.len() as u64)
                .unwrap_or(0);
            if keep > 0 && total + len > max {
                break;
            }
            total += len;
            keep += 1;
        }
        if keep < items.len() {
            items.truncate(keep);
            more = true;
        }
    }
    let key = if more {
        items.last().map(|i| store::page_key(i.index))
    } else {
        None
    };
    (items, key)
}

impl Portal {
    /// Opens the portal's store under `config.data_dir` (made 0700 if
    /// missing).
    pub fn open(config: PortalConfig) -> anyhow::Result<Portal> {
        use anyhow::Context as _;
        use std::os::unix::fs::DirBuilderExt as _;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&config.data_dir)
            .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
        let lock_path = config.data_dir.join("portal.lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| format!("cannot open {}", lock_path.display()))?;
        if lock.try_lock().is_err() {
            anyhow::bail!(
                "another portal is serving {} ({} is held)",
                config.data_dir.display(),
                lock_path.display()
            );
        }
        let path = config.data_dir.join("portal.db");
        let store = SqliteStore::open(&path)
            .with_context(|| format!("cannot open the portal database {}", path.display()))?;
        Ok(Portal {
            _lock: Some(lock),
            ..Self::with_store(config, Box::new(store))
        })
    }

    /// A portal over an already opened store.
    pub fn with_store(config: PortalConfig, store: Box<dyn Store>) -> Portal {
        // Recovery lookups are rarer and more sensitive than other open
        // requests (PROTOCOL.md §8): a tenth of the open rate.
        let recovery_rate = match config.open_rate_per_minute {
            0 => 0,
            n => (n / 10).max(1),
        };
        Portal {
            open_limiter: RateLimiter::new(config.open_rate_per_minute),
            recovery_limiter: RateLimiter::new(recovery_rate),
            config,
            store,
            accounts: AccountCache::default(),
            _lock: None,
        }
    }

    /// The configuration it runs with.
    pub fn config(&self) -> &PortalConfig {
        &self.config
    }

    /// The store underneath.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// Answers one request body. Run it on a multi-thread tokio runtime:
    /// writes other than Publish and Append block their worker under
    /// `block_in_place`,
    /// which a current-thread runtime does not allow.
    pub async fn handle(
        &self,
        client: IpAddr,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Answer {
        let request: Request = match serde_json::from_slice(body) {
            Ok(r) => r,
            Err(e) => {
                // Garbage costs the sender like any open request.
                let status = if !self.open_limiter.allow(client) {
                    ResponseStatus::new(status::TOO_MANY_REQUESTS)
                } else {
                    bad(parse_error(body, &e))
                };
                return Answer {
                    name: "-",
                    response: Response::MeshResponse(status),
                };
            }
        };
        let name = request.name();
        let open = matches!(
            &request,
            Request::HelloRequest(_)
                | Request::ValidateRequest(_)
                | Request::CreateRequest(_)
                | Request::GetRequest(_)
                | Request::StatusRequest(_)
                | Request::ConnectStartRequest(_)
                | Request::PublishRequest(PublishRequest {
                    entry: Entry::MasterRevocation(_)
                })
        );
        if open && !self.open_limiter.allow(client) {
            return Answer {
                name,
                response: request.error_response(ResponseStatus::new(status::TOO_MANY_REQUESTS)),
            };
        }
        let result = self.dispatch(&request, client, authentication, body).await;
        let response = match result {
            Ok(r) => r,
            Err(status) => {
                if status.status == status::UNAUTHORIZED && !open {
                    // Failed authentications are charged as open requests.
                    let _ = self.open_limiter.allow(client);
                }
                request.error_response(status)
            }
        };
        Answer { name, response }
    }

    /// Runs one request. A read answers in tens of microseconds: in place,
    /// on the async worker. A Publish or Append (the frequent writes) sends
    /// its write to the store and awaits the commit, holding no thread
    /// meanwhile. Other writes, rarer, block until their commit, so they
    /// first let tokio move the worker's other connections elsewhere
    /// (`writing`).
    async fn dispatch(
        &self,
        request: &Request,
        client: IpAddr,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        use tokio::task::block_in_place as writing;
        match request {
            Request::HelloRequest(_) => Ok(self.hello()),
            Request::ValidateRequest(r) if r.reserve == Some(true) => {
                writing(|| self.validate(r, client))
            }
            Request::ValidateRequest(r) => self.validate(r, client),
            Request::CreateRequest(r) => writing(|| self.create(r, client, authentication, body)),
            Request::DeleteRequest(r) => writing(|| self.delete(r, authentication, body)),
            Request::GetRequest(r) => self.get(r, client),
            Request::PublishRequest(r) => self.publish(r, authentication, body).await,
            Request::StatusRequest(_) => self.status(),
            Request::TransferRequest(r) => self.transfer(r, authentication, body),
            Request::SynchronizeRequest(r) => self.synchronize(r, authentication, body),
            Request::AppendRequest(r) => self.append(r, authentication, body).await,
            Request::ConnectStartRequest(r) => writing(|| self.connect_start(r)),
            Request::ConnectStatusRequest(r) => self.connect_status(r, authentication, body),
            Request::ConnectPendingRequest(r) => self.connect_pending(r, authentication, body),
            Request::ConnectCompleteRequest(r) => {
                writing(|| self.connect_complete(r, authentication, body))
            }
        }
    }

    // -- accounts and authentication ---------------------------------------

    /// Checks an account address against this portal's rules (reference-10
    /// §4.1): `local@DOMAIN`, local part 1–64 of `a-z 0-9 . _ -` starting
    /// with a letter or digit, latin letters matched without case.
    fn account_name(&self, address: &str) -> AccountName {
        let mut problems = Vec::new();
        let (local, domain) = match address.rsplit_once('@') {
            Some((l, d)) => (l, d),
            None => {
                problems.push(format!(
                    "an account address has the form name@{}",
                    self.config.domain
                ));
                (address, self.config.domain.as_str())
            }
        };
        if !domain.eq_ignore_ascii_case(&self.config.domain) {
            problems.push(format!(
                "this portal serves accounts @{}, not @{domain}",
                self.config.domain
            ));
        }
        let local = local.to_ascii_lowercase();
        let length = local.chars().count();
        if length < NAME_MIN as usize || length > NAME_MAX as usize {
            problems.push(format!(
                "the name must be {NAME_MIN} to {NAME_MAX} characters long (it has {length})"
            ));
        }
        let mut invalid = String::new();
        for c in local.chars() {
            let ok = c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-');
            if !ok && !invalid.contains(c) {
                invalid.push(c);
            }
        }
        if !invalid.is_empty() {
            problems.push(format!(
                "the name may only contain a-z, 0-9, '.', '_' and '-' (not {invalid:?})"
            ));
        } else if let Some(first) = local.chars().next()
            && !first.is_ascii_alphanumeric()
        {
            problems.push("the name must start with a letter or digit".into());
        }
        AccountName {
            normalized: format!("{local}@{}", self.config.domain.to_ascii_lowercase()),
            problems,
            invalid,
        }
    }

    /// The normalized form of an address naming an account here, or 404.
    fn known_account_name(&self, address: &str) -> Outcome<String> {
        let name = self.account_name(address);
        if name.problems.is_empty() {
            Ok(name.normalized)
        } else {
            Err(fail(
                status::NOT_FOUND,
                format!("there is no account {address} on this portal"),
            ))
        }
    }

    /// The account's verified profile, from memory or from the store.
    fn cached_account(&self, account: &str) -> Outcome<Arc<CachedAccount>> {
        if let Some(cached) = self.accounts.get(account) {
            return Ok(cached);
        }
        let generation = self.accounts.generation(account);
        let record = self.store.account(account)?.ok_or_else(|| {
            fail(
                status::NOT_FOUND,
                format!("there is no account {account} on this portal"),
            )
        })?;
        let broken = |e: String| {
            eprintln!("meshman portal: stored profile of {account} is unusable: {e}");
            fail(status::INTERNAL, "the account's stored profile is unusable")
        };
        let signed: Signed =
            serde_json::from_str(&record.profile_json).map_err(|e| broken(e.to_string()))?;
        let verified = profile::verify_personal(&signed).map_err(|e| broken(e.to_string()))?;
        let cached = Arc::new(CachedAccount {
            profile_id: record.profile_id,
            revoked: record.revoked,
            keys: AccountKeys::new(&verified),
            profile: verified,
        });
        self.accounts.load(account, generation, cached.clone());
        Ok(cached)
    }

    /// Checks the signature of a request against `keys` and then its nonce.
    fn check_request(
        &self,
        token: auth::Token<'_>,
        body: &[u8],
        account: &str,
        keys: &AccountKeys,
    ) -> Outcome<Authenticated> {
        let now = now();
        let who = auth::check_parsed(token, body, account, keys, now)?;
        // Last, so a forged request cannot use up a genuine one's nonce.
        if !self.store.check_and_store_nonce(
            &who.claims.kid,
            &who.claims.nonce,
            who.claims.iat,
            now,
        )? {
            return Err(AuthError::Replayed.into());
        }
        Ok(who)
    }

    /// [`Portal::authenticate`] for a request that changes the account:
    /// refused with 403 once the account's master profile is revoked.
    fn authenticate_update(
        &self,
        authentication: Option<&str>,
        body: &[u8],
        account: Option<&str>,
        admin: bool,
    ) -> Outcome<(String, Arc<CachedAccount>, Authenticated)> {
        let authenticated = self.authenticate(authentication, body, account, admin)?;
        if authenticated.1.revoked {
            return Err(revoked(&authenticated.1.profile_id));
        }
        Ok(authenticated)
    }

    /// Authenticates a request for `account` (or, when `None`, for the
    /// account its header names) by a device of the account's current
    /// profile; with `admin`, by an administration device.
    fn authenticate(
        &self,
        authentication: Option<&str>,
        body: &[u8],
        account: Option<&str>,
        admin: bool,
    ) -> Outcome<(String, Arc<CachedAccount>, Authenticated)> {
        let raw = authentication.ok_or(AuthError::Missing)?;
        // Parsed once; as before, only up front when it names the account.
        let mut parsed = None;
        let address = match account {
            Some(a) => a,
            None => &parsed.insert(auth::parse(raw)?).claims.acct,
        };
        let account = self.known_account_name(address)?;
        let cached = self.cached_account(&account)?;
        let token = match parsed {
            Some(token) => token,
            None => auth::parse(raw)?,
        };
        let who = self.check_request(token, body, &account, &cached.keys)?;
        if admin && !who.admin {
            return Err(fail(
                status::FORBIDDEN,
                format!(
                    "device {} is not an administration device of {account}",
                    who.device
                ),
            ));
        }
        Ok((account, cached, who))
    }

    // -- transactions ------------------------------------------------------

    fn hello(&self) -> Response {
        Response::HelloResponse(HelloResponse {
            status: ResponseStatus::ok(),
            version: Some(Version {
                major: 1,
                minor: 0,
                encodings: vec!["application/json".into()],
                uri: vec![format!("https://{}/.well-known/mmm/", self.config.domain)],
            }),
            alternates: vec![],
        })
    }

    fn validate(&self, request: &ValidateRequest, client: IpAddr) -> Outcome<Response> {
        let name = self.account_name(&request.account);
        let now = now();
        let holder = client.to_string();
        let mut reason = (!name.problems.is_empty()).then(|| name.problems.join("; "));
        if reason.is_none() {
            if self.store.account(&name.normalized)?.is_some() {
                reason = Some(format!("{} is taken", name.normalized));
            } else if request.reserve == Some(true) {
                if !self
                    .store
                    .reserve(&name.normalized, &holder, now + RESERVATION_SECS, now)?
                {
                    reason = Some(format!("{} is reserved by someone else", name.normalized));
                }
            } else if self
                .store
                .reservation(&name.normalized, now)?
                .is_some_and(|r| r.holder != holder)
            {
                reason = Some(format!("{} is reserved by someone else", name.normalized));
            }
        }
        Ok(Response::ValidateResponse(ValidateResponse {
            status: ResponseStatus::ok(),
            valid: Some(reason.is_none()),
            minimum: Some(NAME_MIN),
            maximum: Some(NAME_MAX),
            invalid_characters: Some(name.invalid),
            reason,
        }))
    }

    fn create(
        &self,
        request: &CreateRequest,
        client: IpAddr,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let name = self.account_name(&request.account);
        if !name.problems.is_empty() {
            return Err(bad(format!(
                "{} cannot be created: {}",
                request.account,
                name.problems.join("; ")
            )));
        }
        let account = name.normalized;
        let TaggedProfile::SignedPersonalProfile(signed) = &request.profile;
        let verified = profile::verify_personal(signed)
            .map_err(|e| bad(format!("the personal profile does not verify: {e}")))?;
        // PROTOCOL.md §7: signed by a device of the profile it carries.
        let token = auth::parse(authentication.ok_or(AuthError::Missing)?)?;
        self.check_request(token, body, &account, &AccountKeys::new(&verified))?;
        let now = now();
        if let Some(r) = self.store.reservation(&account, now)?
            && r.holder != client.to_string()
        {
            return Err(fail(
                status::CONFLICT,
                format!("{account} is reserved by someone else"),
            ));
        }
        let json = serde_json::to_string(signed).expect("a profile serializes");
        self.store
            .create_account(&account, verified.fingerprint(), &json, now)?;
        self.accounts.invalidate(Some(&account));
        Ok(Response::CreateResponse(CreateResponse {
            status: ResponseStatus::with_description(status::CREATED, format!("created {account}")),
        }))
    }

    fn delete(
        &self,
        request: &DeleteRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, _, _) =
            self.authenticate_update(authentication, body, Some(&request.account), true)?;
        let result = self.store.delete_account(&account, now());
        self.accounts.invalidate(Some(&account));
        result?;
        Ok(Response::DeleteResponse(DeleteResponse {
            status: ResponseStatus::with_description(status::OK, format!("deleted {account}")),
        }))
    }

    fn get(&self, request: &GetRequest, client: IpAddr) -> Outcome<Response> {
        let mut identifier = request.identifier.clone();
        let mut account = request.account.clone();
        let mut types: Option<Vec<String>> = None;
        for kv in &request.key_values {
            let value = kv.value.clone().unwrap_or_default();
            match kv.key.as_deref() {
                Some("Identifier") => identifier = Some(value),
                Some("Account") => account = Some(value),
                Some("Type") => types.get_or_insert_with(Vec::new).push(value),
                other => {
                    return Err(bad(format!(
                        "unsupported KeyValue key {:?}; this portal knows Identifier, Account and Type",
                        other.unwrap_or("")
                    )));
                }
            }
        }
        let not_found = || fail(status::NOT_FOUND, "nothing matches");
        // Profiles keep their versions for `Multiple`; a recovery record is
        // served in its current version only (see `Store::history`).
        let (identifier, mut kinds, versions) = match (account, identifier) {
            (Some(address), identifier) => {
                let account = self.known_account_name(&address)?;
                let record = self.store.account(&account)?.ok_or_else(|| {
                    fail(
                        status::NOT_FOUND,
                        format!("there is no account {account} on this portal"),
                    )
                })?;
                if identifier.is_some_and(|i| i != record.profile_id) {
                    return Err(not_found());
                }
                (
                    record.profile_id,
                    vec![KIND_PERSONAL_PROFILE, KIND_REVOCATION],
                    true,
                )
            }
            (None, Some(identifier)) => {
                if self
                    .store
                    .get_entry(&identifier, Some(KIND_PERSONAL_PROFILE))?
                    .is_some()
                {
                    (
                        identifier,
                        vec![KIND_PERSONAL_PROFILE, KIND_REVOCATION],
                        true,
                    )
                } else {
                    // Anything but a profile may be a guess at a recovery
                    // index (PROTOCOL.md §8): charged to the stricter limit.
                    if !self.recovery_limiter.allow(client) {
                        return Err(ResponseStatus::with_description(
                            status::TOO_MANY_REQUESTS,
                            "too many recovery record lookups from this address; try later",
                        ));
                    }
                    (identifier, vec![KIND_RECOVERY_RECORD], false)
                }
            }
            (None, None) => {
                return Err(bad("a GetRequest needs an Identifier or an Account"));
            }
        };
        if let Some(types) = &types {
            kinds.retain(|k| types.iter().any(|t| t == k));
        }
        if kinds.is_empty() {
            return Err(not_found());
        }
        let constraints = request.search_constraints.clone().unwrap_or_default();
        let size = page_size(&constraints)?;
        let query = EntryQuery {
            identifier: Some(identifier),
            kinds: kinds.into_iter().map(str::to_owned).collect(),
            not_before: constraints
                .not_before
                .as_deref()
                .map(|t| parse_time(t, "NotBefore"))
                .transpose()?,
            before: constraints
                .before
                .as_deref()
                .map(|t| parse_time(t, "Before"))
                .transpose()?,
            after_index: page_after(&constraints)?,
            limit: size + 1,
            ..Default::default()
        };
        let records = if request.multiple == Some(true) && versions {
            self.store.history(&query)?
        } else {
            self.store.search(&query)?
        };
        let items = records.into_iter().map(|r| data_item(r, None)).collect();
        let (data_items, page_key) = paginate(items, size, constraints.max_bytes);
        if data_items.is_empty() {
            return Err(not_found());
        }
        Ok(Response::GetResponse(GetResponse {
            status: ResponseStatus::ok(),
            data_items,
            page_key,
        }))
    }

    async fn publish(
        &self,
        request: &PublishRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        match &request.entry {
            Entry::SignedPersonalProfile(signed) => {
                self.publish_profile(signed, authentication, body).await
            }
            Entry::OfflineEscrowEntry(entry) => {
                self.publish_recovery(entry, authentication, body).await
            }
            Entry::MasterRevocation(signed) => {
                tokio::task::block_in_place(|| self.publish_revocation(signed))
            }
            other => Err(bad(format!(
                "a {} cannot be published; only SignedPersonalProfile, OfflineEscrowEntry and MasterRevocation",
                other.type_name()
            ))),
        }
    }

    async fn publish_profile(
        &self,
        signed: &Signed,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let token = auth::parse(authentication.ok_or(AuthError::Missing)?)?;
        let account = self.known_account_name(&token.claims.acct)?;
        let cached = self.cached_account(&account)?;
        if cached.revoked {
            return Err(revoked(&cached.profile_id));
        }
        // The stored version's chain verified; only what changed is checked.
        let verified = profile::verify_personal_update(signed, &cached.profile)
            .map_err(|e| bad(format!("the personal profile does not verify: {e}")))?;
        if verified.fingerprint() != cached.profile_id {
            return Err(fail(
                status::FORBIDDEN,
                format!(
                    "{account} is bound to profile {}; this profile belongs to another master profile",
                    cached.profile_id
                ),
            ));
        }
        // Who may publish: an administration device of the current version,
        // or of the new version itself. The new version is signed by an
        // online key of the same master profile, which is the real
        // authority; after a total loss (recovery from shares) no device of
        // the current version is left to authenticate (README, "Protocol
        // decisions").
        let mut new_keys = None;
        let keys = if cached.keys.get(&token.claims.kid).is_some() {
            &cached.keys
        } else {
            new_keys.insert(AccountKeys::new(&verified))
        };
        let who = self.check_request(token, body, &account, keys)?;
        if !who.admin {
            return Err(fail(
                status::FORBIDDEN,
                format!(
                    "device {} is not an administration device of {account}",
                    who.device
                ),
            ));
        }
        let updated = |p: &PersonalProfile| parse_time(&p.updated, "Updated");
        let new = updated(&verified.personal)?;
        let old = updated(&cached.profile.personal)?;
        if new <= old {
            return Err(fail(
                status::CONFLICT,
                format!(
                    "the profile's Updated ({}) is not later than the stored one's ({})",
                    verified.personal.updated, cached.profile.personal.updated
                ),
            ));
        }
        let json = serde_json::to_string(signed).expect("a profile serializes");
        // Read before the write: any invalidation after this point may be
        // for a write that landed after ours, so `install` then drops the
        // entry instead of caching ours.
        let generation = self.accounts.generation(&account);
        if let Err(e) = self
            .store
            .update_profile_later(&account, &cached.profile_id, &json, now())
            .await
        {
            self.accounts.invalidate(Some(&account));
            return Err(e.into());
        }
        // The store refuses to update a missing or revoked account, so right
        // after a successful write the account is this verified version,
        // unrevoked: cache it rather than invalidate, which would make the
        // next request re-verify the chain just verified here.
        let keys = new_keys.unwrap_or_else(|| AccountKeys::new(&verified));
        let entry = CachedAccount {
            profile_id: cached.profile_id.clone(),
            revoked: false,
            profile: verified,
            keys,
        };
        self.accounts.install(&account, generation, Arc::new(entry));
        Ok(Response::PublishResponse(PublishResponse {
            status: ResponseStatus::new(status::UPDATED),
        }))
    }

    async fn publish_recovery(
        &self,
        entry: &OfflineEscrowEntry,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, _, _) = self.authenticate_update(authentication, body, None, true)?;
        crate::udf::parse(&entry.identifier).map_err(|e| {
            bad(format!(
                "the recovery record's Identifier is not a UDF: {e}"
            ))
        })?;
        let json = serde_json::to_string(entry).expect("a record serializes");
        // The store refuses an Identifier that names another kind of entry
        // (a profile's fingerprint) or another account's record, in the
        // same transaction as the write.
        let put = self
            .store
            .put_entry_later(
                &entry.identifier,
                KIND_RECOVERY_RECORD,
                Some(&account),
                &json,
                now(),
            )
            .await?;
        Ok(Response::PublishResponse(PublishResponse {
            status: ResponseStatus::new(if put.replaced {
                status::UPDATED
            } else {
                status::CREATED
            }),
        }))
    }

    /// A master revocation needs no device authentication: it is signed by
    /// the master signature key, which the stored profile names.
    fn publish_revocation(&self, signed: &Signed) -> Outcome<Response> {
        let stored = self
            .store
            .get_entry(&signed.identifier, Some(KIND_PERSONAL_PROFILE))?
            .ok_or_else(|| {
                fail(
                    status::NOT_FOUND,
                    format!("no profile {} is published here", signed.identifier),
                )
            })?;
        let broken = |e: String| {
            eprintln!(
                "meshman portal: stored profile {} is unusable: {e}",
                stored.identifier
            );
            fail(status::INTERNAL, "the stored profile is unusable")
        };
        let stored_profile: Signed =
            serde_json::from_str(&stored.json).map_err(|e| broken(e.to_string()))?;
        let personal: PersonalProfile = stored_profile
            .open_unverified()
            .map_err(|e| broken(e.to_string()))?;
        let master = profile::verify_master(&personal.signed_master_profile)
            .map_err(|e| broken(e.to_string()))?;
        profile::verify_revocation(signed, &master).map_err(|e| {
            fail(
                status::FORBIDDEN,
                format!("the revocation does not verify: {e}"),
            )
        })?;
        if self
            .store
            .get_entry(&signed.identifier, Some(KIND_REVOCATION))?
            .is_some()
        {
            return Ok(Response::PublishResponse(PublishResponse {
                status: ResponseStatus::with_description(
                    status::OK,
                    "the profile was already revoked",
                ),
            }));
        }
        let json = serde_json::to_string(signed).expect("a revocation serializes");
        let result = self.store.mark_revoked(&signed.identifier, &json, now());
        self.accounts.invalidate(None);
        result?;
        Ok(Response::PublishResponse(PublishResponse {
            status: ResponseStatus::with_description(
                status::CREATED,
                format!("profile {} is revoked", signed.identifier),
            ),
        }))
    }

    fn status(&self) -> Outcome<Response> {
        let last = self.store.last_write()?;
        let checkpoint = self.store.checkpoint()?;
        // The checkpoint moves with every write: the last write is also the
        // last checkpoint, and the next one comes with the next write.
        let last_write_time = last.map(|(_, t)| rfc3339(t));
        Ok(Response::StatusResponse(StatusResponse {
            status: ResponseStatus::ok(),
            last_checkpoint_time: last_write_time.clone(),
            last_write_time,
            next_checkpoint_time: None,
            checkpoint_value: Some(checkpoint),
        }))
    }

    fn transfer(
        &self,
        request: &TransferRequest,
        authentication: Option<&str>,
        body: &[u8],
    ) -> Outcome<Response> {
        let (account, _, _) =
            self.authenticate(authentication, body, request.account.as_deref(), true)?;
        let constraints = request.search_constraints.clone().unwrap_or_default();
        let size = page_size(&constraints)?;
        let mut index_min = request.index_min.unwrap_or(1).max(1);
        if let Some(after) = page_after(&constraints)? {
            index_min = index_min.max(after.saturating_add(1));
        }
        let index_max = request.index_max.unwrap_or(i64::MAX as u64);
        let records = self
            .store
            .log_range(Some(&account), index_min, index_max, size + 1)?;
        let items = records
            .into_iter()
            .map(|r| DataItem {
                index: r.index,
                entry: to_entry(&r.kind, r.data_json.as_deref()),
                identifier: r.identifier,
                kind: r.kind,
                published: rfc3339(r.time),
                account: r.account,
            })
            .collect();
        let (data_items, page_key) = paginate(items, size, constraints.max_bytes);
        Ok(Response::TransferResponse(TransferResponse {
            status: ResponseStatus::ok(),
            data_items,
            page_key,
        }))
    }
}

fn revoked(profile_id: &str) -> Fail {
    fail(
        status::FORBIDDEN,
        format!("profile {profile_id} has been revoked; the portal accepts no further updates"),
    )
}

/// Every request message name ([`Request::name`]).
const REQUEST_NAMES: [&str; 14] = [
    "HelloRequest",
    "ValidateRequest",
    "CreateRequest",
    "DeleteRequest",
    "GetRequest",
    "PublishRequest",
    "StatusRequest",
    "ConnectStartRequest",
    "ConnectStatusRequest",
    "ConnectPendingRequest",
    "ConnectCompleteRequest",
    "TransferRequest",
    "SynchronizeRequest",
    "AppendRequest",
];

/// Says what is wrong with a body that is not a request: not JSON, not an
/// object naming one message, an unknown message, or fields of the wrong type.
fn parse_error(body: &[u8], error: &serde_json::Error) -> String {
    let value: serde_json::Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(_) => return format!("the body is not JSON: {error}"),
    };
    match value.as_object() {
        Some(o) if o.len() == 1 => {
            let name = o.keys().next().expect("one key");
            if REQUEST_NAMES.contains(&name.as_str()) {
                format!("invalid {name}: {error}")
            } else {
                format!("unknown message {name:?}")
            }
        }
        _ => "the body must be a JSON object with one member, the message name".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, SocketAddr};

    fn portal(domain: &str, rate: u32) -> (tempfile::TempDir, Portal) {
        let dir = tempfile::tempdir().unwrap();
        let config = PortalConfig {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            data_dir: dir.path().join("data"),
            domain: domain.into(),
            max_body_bytes: 1 << 20,
            open_rate_per_minute: rate,
            connect_expiry: Duration::from_secs(3600),
        };
        let portal = Portal::open(config).unwrap();
        (dir, portal)
    }

    #[test]
    fn account_name_rules() {
        let (_dir, p) = portal("Example.com", 0);
        let ok = p.account_name("Alice.B_1-x@EXAMPLE.com");
        assert!(ok.problems.is_empty(), "{:?}", ok.problems);
        assert_eq!(ok.normalized, "alice.b_1-x@example.com");
        assert!(!p.account_name("alice@other.org").problems.is_empty());
        assert!(!p.account_name("alice").problems.is_empty());
        assert!(!p.account_name("@example.com").problems.is_empty());
        assert!(!p.account_name(".alice@example.com").problems.is_empty());
        assert!(
            !p.account_name(&format!("{}@example.com", "a".repeat(65)))
                .problems
                .is_empty()
        );
        assert!(
            p.account_name(&format!("{}@example.com", "a".repeat(64)))
                .problems
                .is_empty()
        );
        let bad = p.account_name("al ice/é@example.com");
        assert_eq!(bad.invalid, " /é");
    }

    #[test]
    fn account_cache_keeps_stale_reads_out_per_account() {
        let cache = AccountCache::<u32>::default();
        // A load that read the store before a write to the same account
        // is not cached; one for another account is.
        let a_before = cache.generation("a");
        let b_before = cache.generation("b");
        cache.install("a", cache.generation("a"), Arc::new(2));
        cache.load("a", a_before, Arc::new(1));
        cache.load("b", b_before, Arc::new(7));
        assert_eq!(cache.get("a").as_deref(), Some(&2));
        assert_eq!(cache.get("b").as_deref(), Some(&7));
        // Two writes to one account racing: the one that installs second
        // saw a stale generation, so the account is dropped, not guessed.
        let first = cache.generation("a");
        let second = cache.generation("a");
        cache.install("a", second, Arc::new(4));
        cache.install("a", first, Arc::new(3));
        assert_eq!(cache.get("a"), None);
        // Writes to different accounts do not evict each other.
        let (a, b) = (cache.generation("a"), cache.generation("b"));
        cache.install("a", a, Arc::new(5));
        cache.install("b", b, Arc::new(8));
        assert_eq!(cache.get("a").as_deref(), Some(&5));
        assert_eq!(cache.get("b").as_deref(), Some(&8));
        // Invalidating all makes every earlier read stale.
        let c = cache.generation("c");
        cache.invalidate(None);
        cache.load("c", c, Arc::new(9));
        assert_eq!((cache.get("a"), cache.get("c")), (None, None));
    }

    #[test]
    fn account_cache_is_bounded_and_a_drop_makes_earlier_reads_stale() {
        let cache = AccountCache::<u32>::with_capacity(2);
        for (i, account) in ["a", "b", "c", "d", "e"].into_iter().enumerate() {
            let seen = cache.generation(account);
            cache.load(account, seen, Arc::new(i as u32));
            cache.install(account, cache.generation(account), Arc::new(10 + i as u32));
            let state = cache.lock();
            assert!(state.entries.len() <= 2 && state.generations.len() <= 2);
        }
        // The last account written is still cached.
        assert_eq!(cache.get("e").as_deref(), Some(&14));
        // A read of "x" begun before a write to it and a drop: after the
        // drop "x" has no generation of its own again, and still the read
        // is not cached.
        let seen = cache.generation("x");
        cache.invalidate(Some("x"));
        for account in ["p", "q", "r"] {
            // Writes alone (no entry cached) are bounded too.
            cache.invalidate(Some(account));
            assert!(cache.lock().generations.len() <= 2);
        }
        cache.load("x", seen, Arc::new(99));
        assert_eq!(cache.get("x"), None);
    }

    #[test]
    fn limiter_refills() {
        let limiter = RateLimiter::new(3);
        let ip = IpAddr::from(Ipv4Addr::LOCALHOST);
        assert!(limiter.allow(ip) && limiter.allow(ip) && limiter.allow(ip));
        assert!(!limiter.allow(ip));
        assert!(limiter.allow(IpAddr::from(Ipv4Addr::new(10, 0, 0, 1))));
        assert!(RateLimiter::new(0).allow(ip));
    }

    #[test]
    fn parse_errors_say_what_is_wrong() {
        let (_dir, p) = portal("example.com", 0);
        let ip = IpAddr::from(Ipv4Addr::LOCALHOST);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        for (body, want) in [
            (&b"{not json"[..], "not JSON"),
            (br#"{"FooRequest":{}}"#, "unknown message"),
            (
                br#"{"ValidateRequest":{"Account":5}}"#,
                "invalid ValidateRequest",
            ),
            (br#"[1]"#, "one member"),
        ] {
            let answer = runtime.block_on(p.handle(ip, None, body));
            let status = answer.response.status();
            assert_eq!(status.status, status::BAD_REQUEST);
            assert!(
                status.status_description.contains(want),
                "{}",
                status.status_description
            );
        }
    }
}
