//! Shamir secret sharing in the UDF share format (draft-hallambaker-mesh-udf-13 §4.5,
//! PROTOCOL.md §3).
//!
//! A secret of n bytes (1 to 64) is the constant term of a polynomial of
//! degree k−1 over the prime field `p = 2^(8n) + offset[n]`; share x is
//! `f(x)`. Any k shares recover the secret by Lagrange interpolation at 0.
//! Recovery uses the account's recovery shares (PROTOCOL.md §8), so the
//! arithmetic runs in constant time on crypto-bigint's Montgomery form, and
//! the errors say which share is at fault.

use crypto_bigint::modular::{MontyForm, MontyParams};
use crypto_bigint::subtle::{ConstantTimeEq, ConstantTimeLess, CtOption};
use crypto_bigint::{Encoding, Invert, NonZero, Odd, U192, U320, U576, Uint};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::secret::SecretBytes;
use crate::udf;

/// Largest secret, in bytes.
pub const MAX_SECRET_BYTES: usize = 64;

/// Largest number of shares a split makes (the x − 1 nibble allows 16, but
/// PROTOCOL.md §3 caps m at 15).
pub const MAX_SHARES: u8 = 15;

// The arithmetic runs at the narrowest of three widths that holds p and the
// n+8 random bytes a coefficient is reduced from, 8n+64 bits: U192 for
// n <= 16, U320 for n <= 32, U576 for n <= 64. Narrower integers make every
// multiplication and the Montgomery setup cheaper.

/// Bytes in the widest integer, for stack buffers shared by all widths.
const MAX_WIDE_BYTES: usize = U576::BYTES;

/// A field element at `LIMBS` limbs.
type Element<const LIMBS: usize> = MontyForm<LIMBS>;

/// Runs `$f::<LIMBS>($args)` at the width for an `$n`-byte secret
/// (1 to 64, checked by the caller).
macro_rules! at_width {
    ($n:expr, $f:ident($($arg:expr),* $(,)?)) => {
        match $n {
            0..=16 => $f::<{ U192::LIMBS }>($($arg),*),
            17..=32 => $f::<{ U320::LIMBS }>($($arg),*),
            _ => $f::<{ U576::LIMBS }>($($arg),*),
        }
    };
}

/// `offset[n]` for n = 1..=64: `2^(8n) + offset` is the smallest prime above
/// `2^(8n)` (PROTOCOL.md §3).
const PRIME_OFFSETS: [u32; 64] = [
    1, 1, 43, 15, 15, 21, 81, 13, 15, 13, 7, 61, 111, 25, 451, 51, 85, 175, 253, 7, 87, 427, 27,
    133, 235, 375, 423, 735, 357, 115, 81, 297, 175, 57, 45, 127, 61, 37, 91, 27, 15, 241, 231, 55,
    105, 127, 115, 231, 207, 181, 37, 235, 163, 1093, 187, 211, 21, 841, 445, 165, 777, 583, 133,
    75,
];

/// The offset of the prime for an `n_bytes` secret: `p = 2^(8n) + offset`.
///
/// # Panics
/// If `n_bytes` is not 1 to 64.
pub fn prime_offset(n_bytes: usize) -> u32 {
    assert!(
        (1..=MAX_SECRET_BYTES).contains(&n_bytes),
        "secrets are 1 to 64 bytes, not {n_bytes}"
    );
    PRIME_OFFSETS[n_bytes - 1]
}

/// One share: the point `(x, f(x))` and the quorum k needed to recover.
#[derive(Debug, Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Share {
    /// The quorum k, 2 to 15.
    pub threshold: u8,
    /// The x coordinate, 1 to 16.
    pub x: u8,
    /// `f(x)` as n big-endian bytes, n being the secret's length.
    pub value: Vec<u8>,
}

/// Why a single share cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareFormat {
    /// A character outside base32 and `-`, at a 1-based position.
    InvalidCharacter {
        /// The offending character.
        ch: char,
        /// Its 1-based position in the text as given.
        position: usize,
    },
    /// Too few characters to hold a share.
    TooShort,
    /// The text does not end on a whole byte.
    StrayBits,
    /// The UDF's type byte is not 144.
    WrongType(u8),
    /// The quorum nibble is 0 or 1.
    BadQuorum(u8),
    /// x is 0 or above 16 (only a hand-built [`Share`] can say so).
    BadX(u8),
    /// The value is not 1 to 64 bytes.
    BadLength(usize),
}

impl std::fmt::Display for ShareFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareFormat::InvalidCharacter { ch, position } => write!(
                f,
                "invalid character {ch:?} at position {position} (base32 uses A-Z and 2-7)"
            ),
            ShareFormat::TooShort => f.write_str("it is too short to be a share"),
            ShareFormat::StrayBits => f.write_str(
                "it does not end on a whole byte: a character is missing, extra or mistyped",
            ),
            ShareFormat::WrongType(t) => write!(
                f,
                "its type byte is {t}, but shares have type 144 and start with 'S'"
            ),
            ShareFormat::BadQuorum(k) => write!(f, "its quorum is {k}, but a quorum is 2 to 15"),
            ShareFormat::BadX(x) => write!(f, "its x is {x}, but x is 1 to 16"),
            ShareFormat::BadLength(n) => write!(
                f,
                "it holds a {n}-byte value, but shares hold 1 to {MAX_SECRET_BYTES} bytes"
            ),
        }
    }
}

impl From<udf::UdfError> for ShareFormat {
    fn from(e: udf::UdfError) -> Self {
        match e {
            udf::UdfError::InvalidCharacter { ch, position } => {
                ShareFormat::InvalidCharacter { ch, position }
            }
            udf::UdfError::StrayBits => ShareFormat::StrayBits,
            _ => ShareFormat::TooShort,
        }
    }
}

/// What went wrong splitting, reading or combining shares. Shares in a list
/// are named by their 1-based position in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The secret is not 1 to 64 bytes.
    SecretLength(usize),
    /// The quorum and share count are not `2 <= k <= m <= 15`.
    BadSplit {
        /// Requested quorum k.
        threshold: u8,
        /// Requested number of shares m.
        shares: u8,
    },
    /// Coefficient `a_index` is not less than p.
    CoefficientOutOfRange {
        /// The coefficient's index (1 for a1).
        index: usize,
    },
    /// Given coefficients make `f(x) >= 2^(8n)`, which a share cannot encode.
    ShareTooLarge {
        /// The x of the share that does not fit.
        x: u8,
    },
    /// A single share that cannot be read.
    Malformed(ShareFormat),
    /// A share in a list that cannot be read.
    InvalidShare {
        /// 1-based position in the list.
        position: usize,
        /// The share's first characters, to find it.
        label: String,
        /// What is wrong with it.
        problem: ShareFormat,
    },
    /// An empty list.
    NoShares,
    /// Two shares carry different quorums.
    QuorumMismatch {
        /// Position of the share compared against (the first).
        first: usize,
        /// Its quorum.
        first_quorum: u8,
        /// Position of the share that differs.
        other: usize,
        /// Its quorum.
        other_quorum: u8,
    },
    /// Two shares hold values of different lengths.
    LengthMismatch {
        /// Position of the share compared against (the first).
        first: usize,
        /// Its value length in bytes.
        first_len: usize,
        /// Position of the share that differs.
        other: usize,
        /// Its value length in bytes.
        other_len: usize,
    },
    /// Two shares have the same x.
    DuplicateX {
        /// Position of the earlier share.
        first: usize,
        /// Position of the later share.
        second: usize,
        /// The shared x.
        x: u8,
    },
    /// Fewer shares than the quorum.
    TooFewShares {
        /// The quorum.
        need: u8,
        /// Shares given.
        got: usize,
    },
    /// One share disagrees with all the others, which agree among themselves.
    OddShare {
        /// 1-based position of the odd share.
        position: usize,
        /// Its first characters.
        label: String,
    },
    /// The shares disagree and no single share can be blamed.
    Inconsistent {
        /// Shares given.
        shares: usize,
        /// The quorum.
        threshold: u8,
    },
    /// The shares interpolate to a value too big for the secret's length, so
    /// they cannot come from one split.
    NotFromOneSecret,
    /// Text that is neither hex nor base32.
    SecretText(String),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::SecretLength(n) => write!(
                f,
                "secret must be 1 to {MAX_SECRET_BYTES} bytes, but it is {n} bytes"
            ),
            ShareError::BadSplit { threshold, shares } => write!(
                f,
                "cannot split into {shares} shares with a quorum of {threshold}: \
                 the quorum must be at least 2 and the shares at most {MAX_SHARES}, \
                 and the quorum cannot exceed the shares"
            ),
            ShareError::CoefficientOutOfRange { index } => {
                write!(f, "coefficient a{index} is not less than the prime p")
            }
            ShareError::ShareTooLarge { x } => write!(
                f,
                "the coefficients give share {x} a value too large for the secret's length; \
                 choose other coefficients"
            ),
            ShareError::Malformed(problem) => write!(f, "not a valid share: {problem}"),
            ShareError::InvalidShare {
                position,
                label,
                problem,
            } => write!(
                f,
                "share {position} ({label}) is not a valid share: {problem}"
            ),
            ShareError::NoShares => f.write_str("no shares were given"),
            ShareError::QuorumMismatch {
                first,
                first_quorum,
                other,
                other_quorum,
            } => write!(
                f,
                "shares disagree on the quorum: share {first} says {first_quorum}, \
                 share {other} says {other_quorum}"
            ),
            ShareError::LengthMismatch {
                first,
                first_len,
                other,
                other_len,
            } => write!(
                f,
                "shares have different lengths: share {first} holds {first_len} bytes, \
                 share {other} holds {other_len}"
            ),
            ShareError::DuplicateX { first, second, x } => {
                write!(f, "shares {first} and {second} both have x = {x}")
            }
            ShareError::TooFewShares { need, got } => write!(f, "need {need} shares, got {got}"),
            ShareError::OddShare { position, label } => write!(
                f,
                "share {position} ({label}) does not agree with the others"
            ),
            ShareError::Inconsistent { shares, threshold }
                if *shares == usize::from(*threshold) + 1 =>
            {
                write!(
                    f,
                    "the {shares} shares do not agree, so at least one is wrong; with only one \
                     share more than the quorum of {threshold} it cannot be told which: \
                     add another share, or leave one out"
                )
            }
            ShareError::Inconsistent { shares, .. } => write!(
                f,
                "the {shares} shares do not agree, and no single share is to blame: \
                 more than one is wrong"
            ),
            ShareError::NotFromOneSecret => f.write_str(
                "the shares do not come from one secret: together they give a value \
                 too large for the secret's length",
            ),
            ShareError::SecretText(reason) => write!(f, "cannot read the secret: {reason}"),
        }
    }
}

impl std::error::Error for ShareError {}

impl Share {
    /// `[(k << 4) | (x − 1)] || f(x)` (PROTOCOL.md §3).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + self.value.len());
        out.push((self.threshold << 4) | (self.x.wrapping_sub(1) & 0x0f));
        out.extend_from_slice(&self.value);
        out
    }

    /// Reads share bytes (without the UDF type byte).
    pub fn from_bytes(b: &[u8]) -> Result<Share, ShareError> {
        let (&header, value) = b
            .split_first()
            .ok_or(ShareError::Malformed(ShareFormat::TooShort))?;
        let share = Share {
            threshold: header >> 4,
            x: (header & 0x0f) + 1,
            value: value.to_vec(),
        };
        share.check().map_err(ShareError::Malformed)?;
        Ok(share)
    }

    /// The share UDF: type 144 || share bytes, every byte shown.
    pub fn to_udf(&self) -> String {
        let mut binary = self.to_bytes();
        binary.insert(0, udf::type_byte::SHARE);
        let text = udf::present_all(&binary);
        binary.zeroize();
        text
    }

    /// Reads a share UDF (`SAYC-UW4N-...`), case-insensitive, dashes ignored.
    pub fn parse(text: &str) -> Result<Share, ShareError> {
        let mut binary = udf::parse_all(text).map_err(|e| ShareError::Malformed(e.into()))?;
        let result = match binary.split_first() {
            Some((&udf::type_byte::SHARE, rest)) => Share::from_bytes(rest),
            Some((&other, _)) => Err(ShareError::Malformed(ShareFormat::WrongType(other))),
            None => Err(ShareError::Malformed(ShareFormat::TooShort)),
        };
        binary.zeroize();
        result
    }

    fn check(&self) -> Result<(), ShareFormat> {
        if !(2..=MAX_SHARES).contains(&self.threshold) {
            return Err(ShareFormat::BadQuorum(self.threshold));
        }
        if !(1..=16).contains(&self.x) {
            return Err(ShareFormat::BadX(self.x));
        }
        if !(1..=MAX_SECRET_BYTES).contains(&self.value.len()) {
            return Err(ShareFormat::BadLength(self.value.len()));
        }
        Ok(())
    }

    /// The first group of the share's UDF, enough to tell shares apart.
    fn label(&self) -> String {
        let mut text = self.to_udf();
        let label = format!("{}-...", &text[..4]);
        text.zeroize();
        label
    }
}

/// The first four characters of typed share text, for error messages.
fn text_label(text: &str) -> String {
    let mut shown: String = text
        .chars()
        .filter(|&c| c != '-')
        .take(5)
        .map(|c| {
            if c.is_ascii_graphic() {
                c.to_ascii_uppercase()
            } else {
                '?'
            }
        })
        .collect();
    if shown.is_empty() {
        return "empty".to_owned();
    }
    if shown.len() > 4 {
        shown.truncate(4);
        shown.push_str("-...");
    }
    shown
}

/// Reads a list of share UDFs, naming any bad one by its 1-based position.
pub fn parse_shares<S: AsRef<str>>(texts: &[S]) -> Result<Vec<Share>, ShareError> {
    texts
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let text = text.as_ref();
            Share::parse(text).map_err(|e| match e {
                ShareError::Malformed(problem) => ShareError::InvalidShare {
                    position: index + 1,
                    label: text_label(text),
                    problem,
                },
                other => other,
            })
        })
        .collect()
}

/// The prime field for n-byte secrets, at `LIMBS` limbs.
///
/// The where clause on each generic item below is what crypto-bigint
/// provides for its named widths only: byte encoding and an inverter.
struct Field<const LIMBS: usize> {
    n: usize,
    params: MontyParams<LIMBS>,
    modulus: NonZero<Uint<LIMBS>>,
}

impl<const LIMBS: usize> Field<LIMBS>
where
    Uint<LIMBS>: Encoding,
    MontyForm<LIMBS>: Invert<Output = CtOption<MontyForm<LIMBS>>>,
{
    const BYTES: usize = Uint::<LIMBS>::BYTES;

    fn new(n: usize) -> Self {
        assert!(
            n + 8 <= Self::BYTES,
            "{n}-byte secrets need more than {LIMBS} limbs"
        );
        let p = Uint::<LIMBS>::ONE
            .shl_vartime(8 * n as u32)
            .wrapping_add(&Uint::from_u32(prime_offset(n)));
        let odd = Odd::new(p).expect("2^(8n) + an odd offset is odd");
        Field {
            n,
            params: MontyParams::new_vartime(odd),
            modulus: NonZero::new(p).expect("p is not zero"),
        }
    }

    /// A big-endian integer of at most the width's bytes (n+8 or more),
    /// reduced mod p.
    fn element(&self, bytes: &[u8]) -> Element<LIMBS> {
        let mut storage = [0u8; MAX_WIDE_BYTES];
        let buf = &mut storage[..Self::BYTES];
        buf[Self::BYTES - bytes.len()..].copy_from_slice(bytes);
        let mut wide = Uint::<LIMBS>::from_be_slice(buf);
        let mut reduced = wide.rem(&self.modulus);
        let element = Element::new(&reduced, self.params);
        storage.zeroize();
        wide.zeroize();
        reduced.zeroize();
        element
    }

    fn small(&self, value: u8) -> Element<LIMBS> {
        Element::new(&Uint::from_u8(value), self.params)
    }

    /// A coefficient uniform in [0, p) to within 2^-64: 8n+64 random bits
    /// reduced mod p.
    fn random_element(&self) -> Element<LIMBS> {
        let mut storage = [0u8; MAX_WIDE_BYTES];
        let buf = &mut storage[..self.n + 8];
        crate::crypto::fill_random(buf);
        let element = self.element(buf);
        storage.zeroize();
        element
    }

    /// The value as n big-endian bytes, or `None` if it is `>= 2^(8n)`.
    fn to_bytes(&self, value: &Element<LIMBS>) -> Option<Vec<u8>> {
        let mut integer = value.retrieve();
        let mut repr = integer.to_be_bytes();
        integer.zeroize();
        let bytes = repr.as_mut();
        let (high, low) = bytes.split_at(Self::BYTES - self.n);
        // Fold without branching on secret bytes; only the verdict leaks.
        let overflow = high.iter().fold(0u8, |acc, &b| acc | b);
        let result = (overflow == 0).then(|| low.to_vec());
        bytes.zeroize();
        result
    }

    /// The polynomial through `points`, evaluated at `at` (Lagrange).
    fn interpolate(&self, points: &[(u8, &Element<LIMBS>)], at: u8) -> Element<LIMBS> {
        let at = self.small(at);
        let mut sum = Element::zero(self.params);
        for (i, (xi, yi)) in points.iter().enumerate() {
            let xi = self.small(*xi);
            let mut numerator = Element::one(self.params);
            let mut denominator = Element::one(self.params);
            for (j, (xj, _)) in points.iter().enumerate() {
                if i != j {
                    let xj = self.small(*xj);
                    numerator *= at - xj;
                    denominator *= xi - xj;
                }
            }
            // The x values are public, so the weight may be computed in
            // variable time; only the multiply by y must be constant time.
            let weight = numerator * denominator.invert_vartime().unwrap();
            sum += weight * *yi;
        }
        sum
    }
}

/// Coefficients a0..a(k−1), zeroed when dropped.
struct Polynomial<const LIMBS: usize>(Vec<Element<LIMBS>>);

impl<const LIMBS: usize> Drop for Polynomial<LIMBS> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<const LIMBS: usize> Polynomial<LIMBS>
where
    Uint<LIMBS>: Encoding,
    MontyForm<LIMBS>: Invert<Output = CtOption<MontyForm<LIMBS>>>,
{
    fn evaluate(&self, field: &Field<LIMBS>, x: u8) -> Element<LIMBS> {
        let x = field.small(x);
        let mut acc = *self.0.last().expect("a polynomial has a constant term");
        for coefficient in self.0.iter().rev().skip(1) {
            acc = acc * x + coefficient;
        }
        acc
    }

    /// Shares 1..=m, or the first x whose value does not fit in n bytes.
    fn shares(&self, field: &Field<LIMBS>, shares: u8) -> Result<Vec<Share>, u8> {
        let threshold = self.0.len() as u8;
        let mut out = Vec::with_capacity(usize::from(shares));
        for x in 1..=shares {
            let mut y = self.evaluate(field, x);
            let value = field.to_bytes(&y);
            y.zeroize();
            out.push(Share {
                threshold,
                x,
                value: value.ok_or(x)?,
            });
        }
        Ok(out)
    }
}

fn check_split(secret: &[u8], threshold: usize, shares: u8) -> Result<(), ShareError> {
    if !(1..=MAX_SECRET_BYTES).contains(&secret.len()) {
        return Err(ShareError::SecretLength(secret.len()));
    }
    if threshold < 2 || threshold > usize::from(shares) || shares > MAX_SHARES {
        return Err(ShareError::BadSplit {
            threshold: u8::try_from(threshold).unwrap_or(u8::MAX),
            shares,
        });
    }
    Ok(())
}

/// Splits `secret` (1 to 64 bytes) into `shares` shares, any `threshold` of
/// which recover it; `2 <= threshold <= shares <= 15`.
pub fn split(secret: &[u8], threshold: u8, shares: u8) -> Result<Vec<Share>, ShareError> {
    check_split(secret, usize::from(threshold), shares)?;
    Ok(at_width!(secret.len(), split_at(secret, threshold, shares)))
}

fn split_at<const LIMBS: usize>(secret: &[u8], threshold: u8, shares: u8) -> Vec<Share>
where
    Uint<LIMBS>: Encoding,
    MontyForm<LIMBS>: Invert<Output = CtOption<MontyForm<LIMBS>>>,
{
    let field = Field::<LIMBS>::new(secret.len());
    loop {
        let mut coefficients = Vec::with_capacity(usize::from(threshold));
        coefficients.push(field.element(secret));
        for _ in 1..threshold {
            coefficients.push(field.random_element());
        }
        // PROTOCOL.md §3: a share of 2^(8n) or more cannot be encoded, so
        // draw new coefficients (probability about m·offset/2^(8n)).
        if let Ok(out) = Polynomial(coefficients).shares(&field, shares) {
            return out;
        }
    }
}

/// Splits with the given coefficients a1..a(k−1) (big-endian, each less than
/// p) instead of random ones, to reproduce worked examples. The quorum is
/// `coefficients.len() + 1`.
pub fn split_with_coefficients(
    secret: &[u8],
    coefficients: &[&[u8]],
    shares: u8,
) -> Result<Vec<Share>, ShareError> {
    check_split(secret, coefficients.len() + 1, shares)?;
    at_width!(
        secret.len(),
        split_with_coefficients_at(secret, coefficients, shares)
    )
}

fn split_with_coefficients_at<const LIMBS: usize>(
    secret: &[u8],
    coefficients: &[&[u8]],
    shares: u8,
) -> Result<Vec<Share>, ShareError>
where
    Uint<LIMBS>: Encoding,
    MontyForm<LIMBS>: Invert<Output = CtOption<MontyForm<LIMBS>>>,
{
    let field = Field::<LIMBS>::new(secret.len());
    let width = Field::<LIMBS>::BYTES;
    let mut polynomial = Polynomial(vec![field.element(secret)]);
    for (index, bytes) in coefficients.iter().enumerate() {
        let out_of_range = ShareError::CoefficientOutOfRange { index: index + 1 };
        // Leading zero bytes are harmless; anything wider than the integer
        // is > p.
        let first_nonzero = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
        let bytes = &bytes[first_nonzero..];
        if bytes.len() > width {
            return Err(out_of_range);
        }
        let mut storage = [0u8; MAX_WIDE_BYTES];
        let buf = &mut storage[..width];
        buf[width - bytes.len()..].copy_from_slice(bytes);
        let mut wide = Uint::<LIMBS>::from_be_slice(buf);
        storage.zeroize();
        let below_p = bool::from(wide.ct_lt(&field.modulus));
        if !below_p {
            wide.zeroize();
            return Err(out_of_range);
        }
        polynomial.0.push(Element::new(&wide, field.params));
        wide.zeroize();
    }
    polynomial
        .shares(&field, shares)
        .map_err(|x| ShareError::ShareTooLarge { x })
}

/// Recovers the secret from shares (PROTOCOL.md §3).
///
/// All shares must carry the same quorum k and length and distinct x, and
/// there must be at least k. With more than k, every k of them must give the
/// same secret; if one share disagrees with the rest it is named.
pub fn combine(shares: &[Share]) -> Result<SecretBytes, ShareError> {
    let first = shares.first().ok_or(ShareError::NoShares)?;
    for (index, share) in shares.iter().enumerate() {
        share.check().map_err(|problem| ShareError::InvalidShare {
            position: index + 1,
            label: share.label(),
            problem,
        })?;
    }
    for (index, share) in shares.iter().enumerate().skip(1) {
        if share.threshold != first.threshold {
            return Err(ShareError::QuorumMismatch {
                first: 1,
                first_quorum: first.threshold,
                other: index + 1,
                other_quorum: share.threshold,
            });
        }
        if share.value.len() != first.value.len() {
            return Err(ShareError::LengthMismatch {
                first: 1,
                first_len: first.value.len(),
                other: index + 1,
                other_len: share.value.len(),
            });
        }
    }
    for (i, a) in shares.iter().enumerate() {
        for (j, b) in shares.iter().enumerate().skip(i + 1) {
            if a.x == b.x {
                return Err(ShareError::DuplicateX {
                    first: i + 1,
                    second: j + 1,
                    x: a.x,
                });
            }
        }
    }
    let k = usize::from(first.threshold);
    if shares.len() < k {
        return Err(ShareError::TooFewShares {
            need: first.threshold,
            got: shares.len(),
        });
    }

    at_width!(first.value.len(), combine_at(shares, k))
}

/// Interpolates checked shares (same quorum k and length, distinct x, at
/// least k of them) at `LIMBS` limbs.
fn combine_at<const LIMBS: usize>(shares: &[Share], k: usize) -> Result<SecretBytes, ShareError>
where
    Uint<LIMBS>: Encoding,
    MontyForm<LIMBS>: Invert<Output = CtOption<MontyForm<LIMBS>>>,
{
    let first = &shares[0];
    let field = Field::<LIMBS>::new(first.value.len());
    let points = Polynomial(shares.iter().map(|s| field.element(&s.value)).collect());
    let all: Vec<usize> = (0..shares.len()).collect();
    if !consistent(&field, shares, &points, &all, k) {
        // With k+1 shares, leaving any one out leaves k that trivially agree,
        // so the culprit can only be found with two or more spare shares.
        let culprits: Vec<usize> = if shares.len() > k + 1 {
            (0..shares.len())
                .filter(|&odd| {
                    let rest: Vec<usize> = all.iter().copied().filter(|&i| i != odd).collect();
                    consistent(&field, shares, &points, &rest, k)
                })
                .collect()
        } else {
            Vec::new()
        };
        return Err(match culprits.as_slice() {
            [odd] => ShareError::OddShare {
                position: odd + 1,
                label: shares[*odd].label(),
            },
            _ => ShareError::Inconsistent {
                shares: shares.len(),
                threshold: first.threshold,
            },
        });
    }

    let basis: Vec<(u8, &Element<LIMBS>)> = (0..k).map(|i| (shares[i].x, &points.0[i])).collect();
    let mut secret = field.interpolate(&basis, 0);
    let bytes = field.to_bytes(&secret);
    secret.zeroize();
    bytes
        .map(SecretBytes::new)
        .ok_or(ShareError::NotFromOneSecret)
}

/// True when the shares at `indices` lie on one polynomial of degree k−1,
/// which is when every k of them give the same secret.
fn consistent<const LIMBS: usize>(
    field: &Field<LIMBS>,
    shares: &[Share],
    points: &Polynomial<LIMBS>,
    indices: &[usize],
    k: usize,
) -> bool
where
    Uint<LIMBS>: Encoding,
    MontyForm<LIMBS>: Invert<Output = CtOption<MontyForm<LIMBS>>>,
{
    let (basis, rest) = indices.split_at(k.min(indices.len()));
    let basis: Vec<(u8, &Element<LIMBS>)> =
        basis.iter().map(|&i| (shares[i].x, &points.0[i])).collect();
    rest.iter().all(|&t| {
        let mut predicted = field.interpolate(&basis, shares[t].x);
        let agrees = bool::from(predicted.ct_eq(&points.0[t]));
        predicted.zeroize();
        agrees
    })
}

/// A secret as plain base32 in 4-character groups, no type byte
/// (PROTOCOL.md §3).
pub fn format_secret(secret: &[u8]) -> String {
    udf::present_all(secret)
}

/// Reads a secret typed as hex (`0x` optional, even length) or as base32
/// with or without dashes.
///
/// Text of hex digits alone is read as hex: a base32 secret written by
/// [`format_secret`] has dashes, or letters beyond F, except in rare short
/// cases. `0x` forces hex.
pub fn parse_secret(text: &str) -> Result<SecretBytes, ShareError> {
    let (forced_hex, digits) = match text.strip_prefix("0x").or(text.strip_prefix("0X")) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let looks_hex = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit());
    let bytes = if forced_hex || looks_hex {
        decode_hex(digits)
            .map_err(|reason| ShareError::SecretText(format!("tried it as hex, but {reason}")))?
    } else {
        udf::parse_all(text).map_err(|e| {
            let reason = match e {
                udf::UdfError::TooShort => "it is too short".to_owned(),
                other => ShareFormat::from(other).to_string(),
            };
            ShareError::SecretText(format!(
                "it is neither hex nor base32 (as base32: {reason})"
            ))
        })?
    };
    let secret = SecretBytes::new(bytes);
    if !(1..=MAX_SECRET_BYTES).contains(&secret.len()) {
        return Err(ShareError::SecretLength(secret.len()));
    }
    Ok(secret)
}

fn decode_hex(digits: &str) -> Result<Vec<u8>, String> {
    if digits.is_empty() {
        return Err("there are no digits".to_owned());
    }
    if let Some((index, ch)) = digits
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_hexdigit())
    {
        return Err(format!("{ch:?} at digit {} is not a hex digit", index + 1));
    }
    if !digits.len().is_multiple_of(2) {
        return Err(format!("it has an odd number of digits ({})", digits.len()));
    }
    Ok(digits
        .as_bytes()
        .chunks(2)
        .map(|pair| {
            let text = std::str::from_utf8(pair).expect("hex digits are ASCII");
            u8::from_str_radix(text, 16).expect("checked hex digits")
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02X}")).collect()
    }

    fn random_secret(len: usize) -> Vec<u8> {
        let mut secret = vec![0u8; len];
        crate::crypto::fill_random(&mut secret);
        secret
    }

    #[test]
    fn offsets_table() {
        assert_eq!(prime_offset(1), 1);
        assert_eq!(prime_offset(16), 51);
        assert_eq!(prime_offset(54), 1093);
        assert_eq!(prime_offset(64), 75);
    }

    #[test]
    #[should_panic(expected = "secrets are 1 to 64 bytes")]
    fn offsets_table_bounds() {
        prime_offset(65);
    }

    #[test]
    fn worked_example_3_of_5() {
        // udf-13 §4.5.2: a1 = 14009151250881526762711026105093241258,
        // a2 = 192504880386395685081784875462483055914, as hex.
        let secret = [
            0x8E, 0xFE, 0x66, 0x10, 0xA5, 0x94, 0x81, 0x75, 0x55, 0xE4, 0x09, 0xBE, 0xEB, 0xA2,
            0xF9, 0x16,
        ];
        let a1 = decode_hex("0A8A107BCB5C31F7FD54A670C184B9AA").unwrap();
        let a2 = decode_hex("90D31763379A1B0CA37024C901FD152A").unwrap();
        let shares = split_with_coefficients(&secret, &[&a1, &a2], 5).unwrap();
        assert_eq!(format_secret(&secret), "R37G-MEFF-SSAX-KVPE-BG7O-XIXZ-CY");
        assert_eq!(shares.len(), 5);
        assert_eq!(shares[0].to_udf(), "SAYC-UW4N-56UI-VTTZ-62UN-J6FP-ETD3-O");
        assert_eq!(
            hex(&shares[4].to_bytes()),
            "34E84E012C0C6E1F893E7EE193E4F1A7B8"
        );
        let back = combine(&shares[2..]).unwrap();
        assert_eq!(back.expose(), &secret);
    }

    #[test]
    fn recovers_2_of_3_example() {
        let shares = parse_shares(&[
            "SAQM-JPZ2-TI3G-ZC4N-HNMZ-HREO-EVNC-A",
            "SAQR-GLZU-B3CL-STMW-EWSO-AVHK-AE4T-W",
            "SARG-DHZN-QNJQ-MD47-B7YC-ZZKF-3UMI-S",
        ])
        .unwrap();
        let secret = combine(&shares).unwrap();
        assert_eq!(hex(secret.expose()), "764F4125A81FC984510E473432497AD2");
        assert_eq!(
            format_secret(secret.expose()),
            "OZHU-CJNI-D7EY-IUIO-I42D-ESL2-2I"
        );
    }

    #[test]
    fn round_trips_every_quorum() {
        // Each width's first and last secret length.
        for len in [1, 16, 17, 32, 33, 64] {
            for m in 2..=MAX_SHARES {
                for k in 2..=m {
                    let secret = random_secret(len);
                    let shares = split(&secret, k, m).unwrap();
                    assert_eq!(shares.len(), usize::from(m));
                    for (i, share) in shares.iter().enumerate() {
                        assert_eq!(share.threshold, k);
                        assert_eq!(usize::from(share.x), i + 1);
                        assert_eq!(share.value.len(), len);
                        assert_eq!(&Share::parse(&share.to_udf()).unwrap(), share);
                    }
                    // The last k, and all m, recover the secret.
                    let tail = &shares[usize::from(m - k)..];
                    assert_eq!(combine(tail).unwrap().expose(), &secret[..]);
                    if len == 16 {
                        assert_eq!(combine(&shares).unwrap().expose(), &secret[..]);
                    }
                }
            }
        }
    }

    #[test]
    fn one_byte_secrets_survive_redraws() {
        // p = 257: f(x) = 256 happens often enough to exercise the redraw.
        for _ in 0..200 {
            let secret = random_secret(1);
            let shares = split(&secret, 3, 15).unwrap();
            assert_eq!(combine(&shares).unwrap().expose(), &secret[..]);
        }
    }

    #[test]
    fn names_a_corrupted_share() {
        let secret = random_secret(16);
        for k in 2..=5u8 {
            let mut shares = split(&secret, k, k + 2).unwrap();
            for bad in 0..shares.len() {
                let mut shares = shares.clone();
                shares[bad].value[3] ^= 0x40;
                let label = shares[bad].label();
                assert_eq!(
                    combine(&shares).unwrap_err(),
                    ShareError::OddShare {
                        position: bad + 1,
                        label
                    }
                );
            }
            // With only k+1 shares the fault shows but cannot be placed.
            shares.pop();
            shares[0].value[0] ^= 1;
            let err = combine(&shares).unwrap_err();
            assert_eq!(
                err,
                ShareError::Inconsistent {
                    shares: usize::from(k) + 1,
                    threshold: k
                }
            );
            assert!(err.to_string().contains("cannot be told which"));
        }
    }

    #[test]
    fn two_corrupted_shares_are_not_pinned_on_one() {
        let secret = random_secret(16);
        let mut shares = split(&secret, 2, 5).unwrap();
        shares[1].value[0] ^= 1;
        shares[3].value[0] ^= 1;
        let err = combine(&shares).unwrap_err();
        assert!(err.to_string().contains("more than one is wrong"), "{err}");
    }

    #[test]
    fn rejects_bad_splits() {
        assert_eq!(split(&[], 2, 3), Err(ShareError::SecretLength(0)));
        assert_eq!(split(&[0; 65], 2, 3), Err(ShareError::SecretLength(65)));
        assert!(split(&[1], 1, 3).is_err());
        assert!(split(&[1], 4, 3).is_err());
        assert!(split(&[1], 2, 16).is_err());
        assert!(
            ShareError::SecretLength(0)
                .to_string()
                .starts_with("secret must be 1 to 64 bytes")
        );
        let p_plus = decode_hex("0100000000000000000000000000000033").unwrap();
        assert_eq!(
            split_with_coefficients(&[0; 16], &[&p_plus], 2),
            Err(ShareError::CoefficientOutOfRange { index: 1 })
        );
        // f(x) = 255 + 1·x: f(1) = 256 does not fit one byte.
        assert_eq!(
            split_with_coefficients(&[255], &[&[1]], 2),
            Err(ShareError::ShareTooLarge { x: 1 })
        );
    }

    #[test]
    fn rejects_bad_share_text() {
        let err = parse_shares(&["SAYC-UW4N-56UI-VTTZ-62UN-J6FP-ETD3-O", "SAY0-OXXE"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "share 2 (SAY0-...) is not a valid share: invalid character '0' at position 4 \
             (base32 uses A-Z and 2-7)"
        );
        // A content digest is not a share.
        let err = Share::parse("MDDK-7N6A-727A-JZNO-STRX-XKS7-DJAF").unwrap_err();
        assert!(matches!(
            err,
            ShareError::Malformed(ShareFormat::WrongType(96))
                | ShareError::Malformed(ShareFormat::StrayBits)
        ));
        let digest = udf::present_all(&[96, 0x20, 1, 2]);
        assert_eq!(
            Share::parse(&digest),
            Err(ShareError::Malformed(ShareFormat::WrongType(96)))
        );
        // Quorum 1 and an empty value.
        assert_eq!(
            Share::parse(&udf::present_all(&[144, 0x10, 7])),
            Err(ShareError::Malformed(ShareFormat::BadQuorum(1)))
        );
        assert_eq!(
            Share::parse(&udf::present_all(&[144, 0x20])),
            Err(ShareError::Malformed(ShareFormat::BadLength(0)))
        );
        assert_eq!(
            Share::parse(&udf::present_all(&[vec![144, 0x20], vec![1; 65]].concat())),
            Err(ShareError::Malformed(ShareFormat::BadLength(65)))
        );
        // Dropping the last character is caught, not read as a shorter share.
        assert_eq!(
            Share::parse("SAYC-UW4N-56UI-VTTZ-62UN-J6FP-ETD3"),
            Err(ShareError::Malformed(ShareFormat::StrayBits))
        );
        assert_eq!(
            Share::parse("sayc-uw4n-56ui-vttz-62un-j6fp-etd3-o")
                .unwrap()
                .x,
            1
        );
    }

    #[test]
    fn rejects_bad_share_sets() {
        let secret = random_secret(16);
        let three = split(&secret, 3, 5).unwrap();
        let two = split(&secret, 2, 5).unwrap();
        assert_eq!(combine(&[]), Err(ShareError::NoShares));
        let err = combine(&[three[0].clone(), three[1].clone(), two[2].clone()]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "shares disagree on the quorum: share 1 says 3, share 3 says 2"
        );
        let err = combine(&[
            three[0].clone(),
            three[1].clone(),
            three[2].clone(),
            three[1].clone(),
        ])
        .unwrap_err();
        assert_eq!(err.to_string(), "shares 2 and 4 both have x = 2");
        let err = combine(&three[..2]).unwrap_err();
        assert_eq!(err.to_string(), "need 3 shares, got 2");
        let long = split(&random_secret(32), 3, 5).unwrap();
        let err = combine(&[three[0].clone(), long[1].clone(), three[2].clone()]).unwrap_err();
        assert!(err.to_string().starts_with("shares have different lengths"));
        let mut bad = three[0].clone();
        bad.x = 0;
        assert!(matches!(
            combine(&[bad, three[1].clone(), three[2].clone()]),
            Err(ShareError::InvalidShare {
                position: 1,
                problem: ShareFormat::BadX(0),
                ..
            })
        ));
    }

    #[test]
    fn secret_text() {
        let hex_secret = parse_secret("764F4125A81FC984510E473432497AD2").unwrap();
        let b32_secret = parse_secret("OZHU-CJNI-D7EY-IUIO-I42D-ESL2-2I").unwrap();
        assert_eq!(hex_secret, b32_secret);
        assert_eq!(
            parse_secret("0x764f4125a81fc984510e473432497ad2").unwrap(),
            hex_secret
        );
        assert_eq!(
            parse_secret("ozhucjnid7eyiuioi42desl22i").unwrap(),
            hex_secret
        );
        let err = parse_secret("abc").unwrap_err().to_string();
        assert!(err.contains("hex") && err.contains("odd number"), "{err}");
        let err = parse_secret("0x12zz").unwrap_err().to_string();
        assert!(err.contains("'z' at digit 3"), "{err}");
        let err = parse_secret("OZHU-CJN1").unwrap_err().to_string();
        assert!(
            err.contains("neither hex nor base32") && err.contains("'1'"),
            "{err}"
        );
        assert!(parse_secret("").is_err());
        assert_eq!(
            parse_secret(&"00".repeat(65)).unwrap_err(),
            ShareError::SecretLength(65)
        );
    }
}
