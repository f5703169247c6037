//! An in-memory cache of validated range responses, keyed by hash mode and prefix.
//!
//! Only bodies that parse cleanly are stored, so a cached range can always be decided. The
//! cache is bounded: past [`CAPACITY`] entries the oldest is dropped.

use std::collections::VecDeque;

use super::hash::HashMode;
use super::range::parse_range;

/// Most ranges kept at once (a range is ~30–70 KB of text).
pub const CAPACITY: usize = 32;

/// Validated range bodies, oldest first.
#[derive(Debug, Clone, Default)]
pub struct RangeCache {
    entries: VecDeque<(HashMode, String, String)>,
}

impl RangeCache {
    /// The cached body for `prefix` in `mode`, if any.
    pub fn get(&self, mode: HashMode, prefix: &str) -> Option<&str> {
        self.entries.iter().find(|(m, p, _)| *m == mode && p == prefix).map(|(_, _, body)| body.as_str())
    }

    /// Stores `body` if it is a valid range response for `mode`; returns whether it was stored.
    pub fn insert_if_valid(&mut self, mode: HashMode, prefix: &str, body: &str) -> bool {
        if parse_range(body, mode).is_err() {
            return false;
        }
        self.entries.retain(|(m, p, _)| !(*m == mode && p == prefix));
        if self.entries.len() >= CAPACITY {
            self.entries.pop_front();
        }
        self.entries.push_back((mode, prefix.to_owned(), body.to_owned()));
        true
    }

    /// Number of cached ranges.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "1E4C9B93F3F0682250B6CF8331B7EE68FD8:10\r\n0018A45C4D1DEF81644B54AB7F969B88D65:0";

    #[test]
    fn stores_only_valid_bodies_per_mode() {
        let mut cache = RangeCache::default();
        assert!(!cache.insert_if_valid(HashMode::Sha1, "5BAA6", "garbage"));
        assert!(!cache.insert_if_valid(HashMode::Sha1, "5BAA6", ""));
        assert!(cache.insert_if_valid(HashMode::Sha1, "5BAA6", BODY));
        assert_eq!(cache.get(HashMode::Sha1, "5BAA6"), Some(BODY));
        assert_eq!(cache.get(HashMode::Ntlm, "5BAA6"), None);
        assert!(!cache.insert_if_valid(HashMode::Ntlm, "5BAA6", BODY), "35-hex rows are not NTLM rows");
    }

    #[test]
    fn is_bounded_and_drops_the_oldest() {
        let mut cache = RangeCache::default();
        for i in 0..(CAPACITY + 5) {
            assert!(cache.insert_if_valid(HashMode::Sha1, &format!("{i:05X}"), BODY));
        }
        assert_eq!(cache.len(), CAPACITY);
        assert_eq!(cache.get(HashMode::Sha1, "00000"), None);
        assert!(cache.get(HashMode::Sha1, &format!("{:05X}", CAPACITY + 4)).is_some());
    }
}
