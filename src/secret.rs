//! Secret material: a byte buffer that never prints, never clones by
//! accident, is never serialized, and is zeroed when dropped.

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Secret bytes (private keys, recovery secrets, content keys).
///
/// No `Clone`, no `Serialize`; `Debug` prints `*****`. Read the bytes with
/// [`SecretBytes::expose`], which makes every use visible in review.
#[derive(Zeroize, ZeroizeOnDrop, Default)]
pub struct SecretBytes(Vec<u8>);

impl SecretBytes {
    /// Takes ownership of `bytes`; the caller's buffer moves in, no copy remains.
    pub fn new(bytes: Vec<u8>) -> Self {
        SecretBytes(bytes)
    }

    /// Copies `bytes` into a new secret.
    pub fn from_slice(bytes: &[u8]) -> Self {
        SecretBytes(bytes.to_vec())
    }

    /// `len` bytes from the system's secure random generator.
    pub fn random(len: usize) -> Self {
        let mut bytes = vec![0u8; len];
        crate::crypto::fill_random(&mut bytes);
        SecretBytes(bytes)
    }

    /// The secret bytes. Every call site is a place the secret is used.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Number of bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// An explicit copy, for the rare place that must hold the secret twice.
    pub fn duplicate(&self) -> Self {
        SecretBytes(self.0.clone())
    }
}

impl std::fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("*****")
    }
}

impl PartialEq for SecretBytes {
    /// Compares in time that depends only on the lengths.
    fn eq(&self, other: &Self) -> bool {
        if self.0.len() != other.0.len() {
            return false;
        }
        let diff = self
            .0
            .iter()
            .zip(&other.0)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        std::hint::black_box(diff) == 0
    }
}

impl Eq for SecretBytes {}
