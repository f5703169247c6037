//! Hashing a password into the range query the service is asked about.
//!
//! The hash is computed over the exact string the caller passed (no trimming, no Unicode
//! normalization: the service hashed raw UTF-8, and NFC and NFD spellings differ).

use std::fmt;

use md4::Md4;
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

/// Hex digits of the prefix that is sent to the service, in both modes.
pub const PREFIX_LEN: usize = 5;

/// Which hash the range service is asked about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum HashMode {
    /// SHA-1 of the UTF-8 bytes: 40 hex digits, the service's default.
    #[default]
    Sha1,
    /// NTLM, i.e. MD4 of the UTF-16LE code units: 32 hex digits (`?mode=ntlm`).
    Ntlm,
}

impl HashMode {
    /// Hex digits of the whole hash: 40 for SHA-1, 32 for NTLM.
    pub const fn hash_len(self) -> usize {
        match self {
            Self::Sha1 => 40,
            Self::Ntlm => 32,
        }
    }

    /// Hex digits of a suffix in a range response: 35 for SHA-1, 27 for NTLM.
    pub const fn suffix_len(self) -> usize {
        self.hash_len() - PREFIX_LEN
    }

    /// The serde name, `"sha1"` or `"ntlm"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Sha1 => "sha1",
            Self::Ntlm => "ntlm",
        }
    }
}

impl fmt::Display for HashMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The whole hash of `password` in `mode`, as uppercase hex.
pub fn hash_hex(password: &str, mode: HashMode) -> String {
    let digest = digest_hex(password, mode);
    scrub_stack();
    digest
}

/// [`hash_hex`]'s work, in a frame of its own (never inlined) that [`scrub_stack`] then covers.
#[inline(never)]
fn digest_hex(password: &str, mode: HashMode) -> String {
    match mode {
        HashMode::Sha1 => to_upper_hex(&Sha1::digest(password.as_bytes())),
        HashMode::Ntlm => {
            // The password in UTF-16LE: wiped when dropped.
            let mut utf16le = zeroize::Zeroizing::new(Vec::with_capacity(password.len() * 2));
            utf16le.extend(password.encode_utf16().flat_map(u16::to_le_bytes));
            to_upper_hex(&Md4::digest(utf16le.as_slice()))
        }
    }
}

/// Stack bytes [`scrub_stack`] overwrites: more than the hash functions' frames use.
const SCRUBBED_STACK: usize = 4096;

/// Overwrites the stack [`digest_hex`] just used. Its hasher (and the copies the compiler makes
/// of it) keeps the password's last partial block in its buffer, and the hash crates do not wipe
/// it; called from the same frame right after it, this function's frame lies over its frame. Volatile writes, so the compiler cannot drop them (`tests/node/memory.test.mjs`
/// scans the wasm memory for any copy).
#[inline(never)]
fn scrub_stack() {
    use zeroize::Zeroize;
    let mut scratch = [0u8; SCRUBBED_STACK];
    scratch.zeroize();
    std::hint::black_box(&scratch);
}

fn to_upper_hex(bytes: &[u8]) -> String {
    let mut hex = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        hex.push(hex_digit(byte >> 4));
        hex.push(hex_digit(byte & 0x0F));
    }
    hex
}

fn hex_digit(nibble: u8) -> char {
    char::from_digit(u32::from(nibble), 16).map_or('0', |digit| digit.to_ascii_uppercase())
}

/// One password's question to the range service: the prefix that is sent and the suffix that
/// stays on the device and is looked up in the response.
///
/// `Debug` shows the mode and prefix only: the suffix is most of the password's hash.
#[derive(Clone, PartialEq, Eq)]
pub struct RangeQuery {
    mode: HashMode,
    prefix: String,
    suffix: String,
}

impl RangeQuery {
    /// Hashes `password` (exactly as given) and splits the hash into prefix and suffix.
    ///
    /// ```
    /// use passgate::breach::{HashMode, RangeQuery};
    ///
    /// let query = RangeQuery::new("password", HashMode::Sha1);
    /// assert_eq!(query.prefix(), "5BAA6");
    /// assert_eq!(query.suffix(), "1E4C9B93F3F0682250B6CF8331B7EE68FD8");
    /// ```
    pub fn new(password: &str, mode: HashMode) -> Self {
        let hex = hash_hex(password, mode);
        // The hash is ASCII hex longer than the prefix, so the split always succeeds.
        let (prefix, suffix) = hex.split_at_checked(PREFIX_LEN).unwrap_or((hex.as_str(), ""));
        Self { mode, prefix: prefix.to_owned(), suffix: suffix.to_owned() }
    }

    /// The hash that was computed.
    pub fn mode(&self) -> HashMode {
        self.mode
    }

    /// The first five hex digits (uppercase): the only part that leaves the device.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The remaining hex digits (uppercase): 35 for SHA-1, 27 for NTLM. Never send this.
    pub fn suffix(&self) -> &str {
        &self.suffix
    }

    /// A query with a chosen suffix, for tests of the response side.
    #[cfg(test)]
    pub(crate) fn with_suffix(mode: HashMode, suffix: &str) -> Self {
        Self { mode, prefix: "00000".to_owned(), suffix: suffix.to_owned() }
    }
}

impl fmt::Debug for RangeQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RangeQuery")
            .field("mode", &self.mode)
            .field("prefix", &self.prefix)
            .field("suffix", &"<redacted>")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Computed by independent implementations (Python hashlib, the JS MD4 in
    /// scripts/make-breach-sample.mjs).
    const SHA1_NON_ASCII: &str = "D6FD97C8AF91FE14E02634C3EE28914713F4D3C6";
    const NTLM_NON_ASCII: &str = "6595470C5638E22B494E1AB0029899AD";

    #[test]
    fn known_hashes() {
        let cases = [
            ("password", HashMode::Sha1, "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"),
            ("", HashMode::Sha1, "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"),
            ("password", HashMode::Ntlm, "8846F7EAEE8FB117AD06BDD830B7586C"),
            ("", HashMode::Ntlm, "31D6CFE0D16AE931B73C59D7E0C089C0"),
            // Also in data/breach-sample/pwned-ntlm-sample.txt (made by a separate JS MD4).
            ("123456", HashMode::Ntlm, "32ED87BDB5FDC5E9CBA88547376818D4"),
            ("qwerty", HashMode::Ntlm, "2D20D252A479F485CDF5E171D93985BF"),
            ("P@ssw0rd", HashMode::Ntlm, "E19CCF75EE54E06B06A5907AF13CEF42"),
            // Non-ASCII: UTF-8 for SHA-1, UTF-16LE (with a surrogate pair) for NTLM.
            ("p\u{e4}ss\u{1F600}", HashMode::Sha1, SHA1_NON_ASCII),
            ("p\u{e4}ss\u{1F600}", HashMode::Ntlm, NTLM_NON_ASCII),
        ];
        for (password, mode, expected) in cases {
            assert_eq!(hash_hex(password, mode), expected, "{mode}({password:?})");
        }
    }

    #[test]
    fn query_splits_prefix_and_suffix() {
        let cases = [
            ("password", HashMode::Sha1, "5BAA6", "1E4C9B93F3F0682250B6CF8331B7EE68FD8"),
            ("password", HashMode::Ntlm, "8846F", "7EAEE8FB117AD06BDD830B7586C"),
            ("", HashMode::Sha1, "DA39A", "3EE5E6B4B0D3255BFEF95601890AFD80709"),
        ];
        for (password, mode, prefix, suffix) in cases {
            let query = RangeQuery::new(password, mode);
            assert_eq!((query.mode(), query.prefix(), query.suffix()), (mode, prefix, suffix));
        }
    }

    #[test]
    fn design_bucket_21bd1() {
        for password in ["P@ssw0rd", "020293", "sparky50"] {
            assert_eq!(RangeQuery::new(password, HashMode::Sha1).prefix(), "21BD1", "{password}");
        }
    }

    #[test]
    fn hashes_the_exact_string() {
        let nfc = RangeQuery::new("caf\u{e9}", HashMode::Sha1);
        let nfd = RangeQuery::new("cafe\u{301}", HashMode::Sha1);
        assert_ne!(nfc, nfd);
        assert_ne!(RangeQuery::new("password ", HashMode::Sha1), RangeQuery::new("password", HashMode::Sha1));
    }

    #[test]
    fn debug_redacts_the_suffix() {
        let debug = format!("{:?}", RangeQuery::new("password", HashMode::Sha1));
        assert!(debug.contains("5BAA6") && !debug.contains("1E4C9B93"), "{debug}");
    }

    #[test]
    fn mode_serde_names() {
        for (mode, name) in [(HashMode::Sha1, "\"sha1\""), (HashMode::Ntlm, "\"ntlm\"")] {
            assert_eq!(serde_json::to_string(&mode).unwrap(), name);
            assert_eq!(serde_json::from_str::<HashMode>(name).unwrap(), mode);
        }
        assert!(serde_json::from_str::<HashMode>("\"SHA1\"").is_err());
    }

    proptest! {
        #[test]
        fn query_is_uppercase_hex_of_the_right_length(password in any::<String>(), ntlm in any::<bool>()) {
            let mode = if ntlm { HashMode::Ntlm } else { HashMode::Sha1 };
            let query = RangeQuery::new(&password, mode);
            prop_assert_eq!(query.prefix().len(), PREFIX_LEN);
            prop_assert_eq!(query.suffix().len(), mode.suffix_len());
            let upper_hex = |s: &str| s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'));
            prop_assert!(upper_hex(query.prefix()) && upper_hex(query.suffix()));
        }
    }
}
