//! The strength engine's data: ranked word lists and keyboard adjacency graphs, read from one
//! text blob (`data/strength/zxcvbn-4.4.2.txt`, written by `scripts/make-strength-data.mjs`).
//!
//! Format, one item per line (`\n`):
//!
//! ```text
//! passgate-strength 1
//! list NAME COUNT        then COUNT words, most common first (rank 1 = first)
//! graph NAME KEYS SLOTS  then KEYS lines: the key, then SLOTS tab-separated neighbours
//!                        (an empty field is "no neighbour in that direction")
//! ```
//!
//! Lists appear in [`Dictionary::RANKED`] order, graphs in [`Layout::ALL`] order. The blob is
//! ASCII: words are lower-case, without tabs, at most [`MAX_WORD`] bytes; a key is one character.
//!
//! Parsing makes no per-word allocation: every word stays a range of the blob, and one
//! open-addressing table of `u32` word numbers finds a word by its FNV-1a hash; each entry
//! keeps the top bits of its word's hash beside the number, so a probe passes over other words
//! without reading them. Two marks per hash, side by side in one bitset, say whether some word
//! starts with a text (the matchers stop extending a substring that none does) and whether a
//! word may be that text: most texts a check looks up are only prefixes (about 65 of a typical
//! password's 73), and those the marks answer without reading the table.

use std::borrow::Cow;
use std::fmt;

/// The ranked dictionaries and the caller's words (a match names the one it is from).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dictionary {
    /// Common passwords.
    Passwords,
    /// Frequent words of English Wikipedia.
    EnglishWikipedia,
    /// US census female first names.
    FemaleNames,
    /// US census surnames.
    Surnames,
    /// Frequent words of US television and film scripts.
    UsTvAndFilm,
    /// US census male first names.
    MaleNames,
    /// The caller's own words (name, e-mail, service name), ranked in the order given.
    UserInputs,
}

impl Dictionary {
    /// The ranked lists of the blob, in blob order: the order that compresses best. No word
    /// is in two lists, so the order never changes a match (`make-strength-data.mjs` checks).
    pub const RANKED: [Dictionary; 6] = [
        Dictionary::EnglishWikipedia,
        Dictionary::UsTvAndFilm,
        Dictionary::FemaleNames,
        Dictionary::MaleNames,
        Dictionary::Surnames,
        Dictionary::Passwords,
    ];

    /// The list's name in the blob.
    pub const fn name(self) -> &'static str {
        match self {
            Dictionary::Passwords => "passwords",
            Dictionary::EnglishWikipedia => "english_wikipedia",
            Dictionary::FemaleNames => "female_names",
            Dictionary::Surnames => "surnames",
            Dictionary::UsTvAndFilm => "us_tv_and_film",
            Dictionary::MaleNames => "male_names",
            Dictionary::UserInputs => "user_inputs",
        }
    }
}

/// The keyboard layouts, in the order the spatial matcher visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// US qwerty, with shifted characters.
    Qwerty,
    /// US Dvorak, with shifted characters.
    Dvorak,
    /// A PC numeric keypad.
    Keypad,
    /// A Mac numeric keypad.
    MacKeypad,
}

impl Layout {
    /// Every layout, in blob order.
    pub const ALL: [Layout; 4] = [Layout::Qwerty, Layout::Dvorak, Layout::Keypad, Layout::MacKeypad];

    /// The graph's name in the blob.
    pub const fn name(self) -> &'static str {
        match self {
            Layout::Qwerty => "qwerty",
            Layout::Dvorak => "dvorak",
            Layout::Keypad => "keypad",
            Layout::MacKeypad => "mac_keypad",
        }
    }

    /// Keyboards (as opposed to keypads) have shifted characters on their keys.
    pub const fn is_keyboard(self) -> bool {
        matches!(self, Layout::Qwerty | Layout::Dvorak)
    }
}

/// Longest word, in bytes, that a list may hold.
pub const MAX_WORD: usize = 64;

/// What is wrong with a data blob.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    /// The first line is not `passgate-strength 1`.
    #[error("strength data: the first line must be `passgate-strength 1`")]
    Version,
    /// A section header is missing or malformed.
    #[error("strength data: line {line}: expected {expected}")]
    Header {
        /// 1-based line number.
        line: usize,
        /// What the line should have been.
        expected: &'static str,
    },
    /// A word or key is empty, too long, not lower-case ASCII, or a graph line has the wrong
    /// number of fields.
    #[error("strength data: line {line}: malformed entry")]
    Entry {
        /// 1-based line number.
        line: usize,
    },
    /// The blob is larger than the engine can index.
    #[error("strength data: too large")]
    TooLarge,
}

/// One keyboard graph: for each key (one UTF-16 unit), its neighbours by direction.
#[derive(Debug, Clone)]
pub struct Graph {
    /// `(key, slots)`; a slot is the unshifted and shifted character of the neighbouring key
    /// (one or two units), or empty.
    keys: Vec<(u16, Vec<Vec<u16>>)>,
    /// Position in `keys` + 1 of each ASCII key (0: not on the layout).
    ascii: [u8; 128],
    /// Number of keys (the model's "starting positions").
    pub starting_positions: f64,
    /// Average number of neighbours per key.
    pub average_degree: f64,
}

impl Graph {
    /// The neighbour slots of `key`, in direction order (empty when the key is not on the
    /// layout).
    pub fn neighbours(&self, key: u16) -> &[Vec<u16>] {
        let position = match self.ascii.get(usize::from(key)) {
            Some(0) => return &[],
            Some(&position) => Some(usize::from(position) - 1),
            None => self.keys.iter().position(|(k, _)| *k == key),
        };
        position.and_then(|p| self.keys.get(p)).map_or(&[], |(_, slots)| slots.as_slice())
    }
}

/// The parsed blob with its index.
pub struct StrengthData {
    blob: Cow<'static, [u8]>,
    /// Start of each word in `blob`, in blob order (lists concatenated). A newline ends every
    /// word, so no length is kept.
    starts: Vec<u32>,
    /// First word number of each ranked list, and one past the last word.
    list_starts: [u32; 7],
    /// Open-addressing table indexed by hash: word number + 1 in the bits below `tag_mask`
    /// (0 = empty), the word's hash masked by `tag_mask` above them.
    table: Vec<u32>,
    /// The bits of an entry above its word number: the hash's top bits (none if the numbers
    /// need all 32).
    tag_mask: u32,
    /// Two marks per hash (its top [`MARK_BITS`]): [`PREFIX`] for every prefix of every word
    /// (the word included), [`WORD`] for every word. Side by side, one memory read answers
    /// both: whether to extend a substring, and whether to look it up in `table`.
    marks: Vec<u64>,
    graphs: Vec<Graph>,
}

impl fmt::Debug for StrengthData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StrengthData").field("words", &self.starts.len()).finish_non_exhaustive()
    }
}

/// FNV-1a, one step per UTF-16 unit (words are ASCII, so a unit is a byte).
pub const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// Extends an FNV-1a hash by one unit.
#[inline]
pub const fn fnv_step(hash: u32, unit: u16) -> u32 {
    (hash ^ unit as u32).wrapping_mul(FNV_PRIME)
}

/// Bits of a hash that index [`StrengthData::marks`] (2 bits each: 512 KB).
const MARK_BITS: u32 = 21;
/// The mark of a text some word starts with (false positives possible).
const PREFIX: u64 = 1;
/// The mark of a text that may be a word (false positives possible).
const WORD: u64 = 2;

impl StrengthData {
    /// Parses a blob in the format above and builds its index.
    pub fn parse(blob: impl Into<Cow<'static, [u8]>>) -> Result<Self, DataError> {
        let blob: Cow<'static, [u8]> = blob.into();
        if u32::try_from(blob.len()).is_err() {
            return Err(DataError::TooLarge);
        }
        let mut lines = Lines { blob: &blob, at: 0, number: 0 };
        if lines.next() != Some((0, b"passgate-strength 1".as_slice())) {
            return Err(DataError::Version);
        }
        // Words are at most one per line: size the table for that many before reading them.
        let lines_left = blob.iter().filter(|&&b| b == b'\n').count();
        let capacity = (lines_left * 2 + 1).next_power_of_two().max(16);
        let mut table = vec![0u32; capacity];
        let numbers = u32::try_from(lines_left).map_err(|_| DataError::TooLarge)?;
        let tag_mask = u32::MAX.checked_shl(u32::BITS - numbers.leading_zeros()).unwrap_or(0);
        let mut marks = vec![0u64; 1 << (MARK_BITS - 5)];
        let mut starts = Vec::with_capacity(lines_left);
        let mut list_starts = [0u32; 7];
        for (index, dictionary) in Dictionary::RANKED.iter().enumerate() {
            let [count] = lines.header(&["list", dictionary.name()], "a `list NAME COUNT` header")?;
            if let Some(slot) = list_starts.get_mut(index) {
                *slot = u32::try_from(starts.len()).map_err(|_| DataError::TooLarge)?;
            }
            for _ in 0..count {
                let start = lines.at;
                let line = lines.number + 1;
                let (hash, len) = scan_word(&blob, start, &mut marks).ok_or(DataError::Entry { line })?;
                lines.at = start + len + 1;
                lines.number = line;
                let number = u32::try_from(starts.len() + 1).map_err(|_| DataError::TooLarge)?;
                insert(&mut table, hash, number | (hash & tag_mask));
                starts.push(u32::try_from(start).map_err(|_| DataError::TooLarge)?);
            }
        }
        let total = u32::try_from(starts.len()).map_err(|_| DataError::TooLarge)?;
        if let Some(end) = list_starts.last_mut() {
            *end = total;
        }
        let mut graphs = Vec::with_capacity(Layout::ALL.len());
        for layout in Layout::ALL {
            graphs.push(lines.graph(layout)?);
        }
        Ok(StrengthData { blob, starts, list_starts, table, tag_mask, marks, graphs })
    }

    /// Whether word number `number` (0-based) is `word`: its units, none a newline, then the
    /// newline that ends it.
    fn is_word(&self, number: usize, word: &[u16]) -> bool {
        let start = self.starts.get(number).map_or(usize::MAX, |&s| s as usize);
        self.blob.get(start..).and_then(|rest| rest.get(..=word.len())).is_some_and(|candidate| {
            candidate.iter().zip(word).all(|(&b, &u)| b != b'\n' && u16::from(b) == u)
                && candidate.last() == Some(&b'\n')
        })
    }

    /// Whether some word starts with a text whose hash is `hash` (false positives possible).
    #[inline]
    pub fn may_prefix(&self, hash: u32) -> bool {
        marked(&self.marks, hash, PREFIX)
    }

    /// The dictionary and 1-based rank of `word` (UTF-16 units, already lower-cased), whose
    /// FNV-1a hash is `hash`.
    pub fn lookup(&self, word: &[u16], hash: u32) -> Option<(Dictionary, u32)> {
        if !marked(&self.marks, hash, WORD) {
            return None;
        }
        let mask = self.table.len().checked_sub(1)?;
        let mut slot = hash as usize & mask;
        loop {
            let entry = *self.table.get(slot)?;
            if entry == 0 {
                return None;
            }
            if (entry ^ hash) & self.tag_mask == 0 {
                let number = (entry & !self.tag_mask) as usize - 1;
                if self.is_word(number, word) {
                    return self.rank_of(number);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    fn rank_of(&self, number: usize) -> Option<(Dictionary, u32)> {
        let number = u32::try_from(number).ok()?;
        let list = self.list_starts.iter().rposition(|&start| start <= number)?;
        let dictionary = *Dictionary::RANKED.get(list)?;
        Some((dictionary, number - self.list_starts.get(list)? + 1))
    }

    /// The graph of `layout`.
    pub fn graph(&self, layout: Layout) -> &Graph {
        let index = Layout::ALL.iter().position(|&l| l == layout).unwrap_or(0);
        // `parse` pushes one graph per layout, in `Layout::ALL` order.
        #[allow(clippy::indexing_slicing)]
        &self.graphs[index]
    }

    /// Number of words in the ranked lists.
    pub fn words(&self) -> usize {
        self.starts.len()
    }
}

/// One pass over the word at `start`: finds its end, checks it, hashes it and marks the hashes
/// of its prefixes and its own. Returns its hash and length, or `None` for a malformed word.
///
/// A function of its own, called once per word, on purpose: wasm engines start with a quick
/// baseline compile and move a function to optimised code only between calls, so most of the
/// 94,000 calls can run optimised (a single long loop would stay in the baseline code).
#[inline(never)]
fn scan_word(blob: &[u8], start: usize, marks: &mut [u64]) -> Option<(u32, usize)> {
    let word = blob.get(start..)?;
    let len = word.iter().position(|&b| b == b'\n')?;
    let word = word.get(..len)?;
    if len == 0 || len > MAX_WORD {
        return None;
    }
    let mut hash = FNV_OFFSET;
    let mut valid = true;
    for &byte in word {
        valid &= byte.is_ascii() && !byte.is_ascii_uppercase() && byte != b'\t';
        hash = fnv_step(hash, u16::from(byte));
        mark(marks, hash, PREFIX);
    }
    mark(marks, hash, WORD);
    valid.then_some((hash, len))
}

/// Puts `entry` (a word's number, 1-based, and its tag) in the first free slot from the word's
/// hash. The table has at least twice as many slots as there can be words, so a free slot
/// exists.
fn insert(table: &mut [u32], hash: u32, entry: u32) {
    let mask = table.len() - 1;
    let mut slot = hash as usize & mask;
    while let Some(slot_entry) = table.get_mut(slot) {
        if *slot_entry == 0 {
            *slot_entry = entry;
            return;
        }
        slot = (slot + 1) & mask;
    }
}

/// Where `hash`'s marks are: the `u64` and the shift of its two bits.
#[inline]
fn mark_at(hash: u32) -> (usize, u32) {
    let at = hash >> (32 - MARK_BITS);
    ((at >> 5) as usize, (at & 31) * 2)
}

#[inline]
fn mark(marks: &mut [u64], hash: u32, kind: u64) {
    let (at, shift) = mark_at(hash);
    if let Some(bits) = marks.get_mut(at) {
        *bits |= kind << shift;
    }
}

#[inline]
fn marked(marks: &[u64], hash: u32, kind: u64) -> bool {
    let (at, shift) = mark_at(hash);
    marks.get(at).is_some_and(|bits| (bits >> shift) & kind != 0)
}

/// A decimal number of at most 9 digits.
fn number(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || digits.len() > 9 {
        return None;
    }
    digits.iter().try_fold(0, |n: usize, &d| d.is_ascii_digit().then(|| n * 10 + usize::from(d - b'0')))
}

/// Splits the blob into lines, remembering where each starts.
struct Lines<'a> {
    blob: &'a [u8],
    at: usize,
    number: usize,
}

impl<'a> Lines<'a> {
    fn next(&mut self) -> Option<(usize, &'a [u8])> {
        let rest = self.blob.get(self.at..)?;
        if rest.is_empty() {
            return None;
        }
        let len = rest.iter().position(|&b| b == b'\n')?;
        // (A plain scan: the blob is read once, at start-up.)
        let start = self.at;
        self.at += len + 1;
        self.number += 1;
        Some((start, rest.get(..len)?))
    }

    /// Reads a header `WORDS… N₁ … N_K` (ASCII, space-separated) and returns its K numbers.
    fn header<const K: usize>(
        &mut self,
        words: &[&str],
        expected: &'static str,
    ) -> Result<[usize; K], DataError> {
        let error = DataError::Header { line: self.number + 1, expected };
        let (_, line) = self.next().ok_or(error.clone())?;
        let mut fields = line.split(|&b| b == b' ');
        for word in words {
            if fields.next() != Some(word.as_bytes()) {
                return Err(error);
            }
        }
        let mut numbers = [0; K];
        for slot in &mut numbers {
            *slot = fields.next().and_then(number).ok_or(error.clone())?;
        }
        Ok(numbers)
    }

    fn graph(&mut self, layout: Layout) -> Result<Graph, DataError> {
        let expected = "a `graph NAME KEYS SLOTS` header";
        let [count, width] = self.header(&["graph", layout.name()], expected)?;
        if count == 0 {
            return Err(DataError::Header { line: self.number, expected });
        }
        let mut keys = Vec::with_capacity(count);
        let mut degree_sum = 0usize;
        for _ in 0..count {
            let entry = DataError::Entry { line: self.number + 1 };
            let (_, line) = self.next().ok_or(entry.clone())?;
            let mut fields = line.split(|&b| b == b'\t');
            let key = fields.next().unwrap_or_default();
            let slots: Vec<Vec<u16>> =
                fields.map(|slot| slot.iter().map(|&b| u16::from(b)).collect()).collect();
            let (&[key], true) = (key, line.is_ascii() && slots.len() == width) else {
                return Err(entry);
            };
            degree_sum += slots.iter().filter(|slot| !slot.is_empty()).count();
            keys.push((u16::from(key), slots));
        }
        #[allow(clippy::cast_precision_loss)] // small counts
        let (starting_positions, average_degree) = (count as f64, degree_sum as f64 / count as f64);
        let mut ascii = [0u8; 128];
        for (position, (key, _)) in keys.iter().enumerate() {
            if let (Some(slot), Ok(position)) = (ascii.get_mut(usize::from(*key)), u8::try_from(position + 1))
            {
                *slot = position;
            }
        }
        Ok(Graph { keys, ascii, starting_positions, average_degree })
    }
}

/// The data compiled into the crate (feature `strength`), parsed on first use.
#[cfg(feature = "strength")]
pub fn embedded() -> &'static StrengthData {
    static DATA: std::sync::OnceLock<StrengthData> = std::sync::OnceLock::new();
    static BLOB: &[u8] = include_bytes!("../../data/strength/zxcvbn-4.4.2.txt");
    DATA.get_or_init(|| match StrengthData::parse(BLOB) {
        Ok(data) => data,
        // The embedded blob is checked by the tests below; an empty index only weakens estimates.
        Err(_) => StrengthData::empty(),
    })
}

impl StrengthData {
    /// Data with no words and empty graphs: every estimate is then bruteforce, sequences,
    /// repeats and dates alone.
    pub fn empty() -> Self {
        let empty_graph =
            || Graph { keys: Vec::new(), ascii: [0; 128], starting_positions: 1.0, average_degree: 0.0 };
        StrengthData {
            blob: Cow::Borrowed(&[]),
            starts: Vec::new(),
            list_starts: [0; 7],
            table: vec![0; 16],
            tag_mask: 0,
            marks: vec![0; 1],
            graphs: Layout::ALL.iter().map(|_| empty_graph()).collect(),
        }
    }
}

#[cfg(all(test, feature = "strength"))]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    fn hash(word: &[u16]) -> u32 {
        word.iter().fold(FNV_OFFSET, |h, &u| fnv_step(h, u))
    }

    #[test]
    fn the_embedded_blob_parses_with_every_list_and_graph() {
        let data = StrengthData::parse(include_bytes!("../../data/strength/zxcvbn-4.4.2.txt").as_slice())
            .expect("the shipped blob is valid");
        assert_eq!(data.words(), 93_855);
        let table = [
            ("password", Dictionary::Passwords, 2),
            ("the", Dictionary::EnglishWikipedia, 1),
            ("mary", Dictionary::FemaleNames, 1),
            ("smith", Dictionary::Surnames, 1),
            ("you", Dictionary::UsTvAndFilm, 1),
        ];
        for (word, dictionary, rank) in table {
            let w = units(word);
            assert_eq!(data.lookup(&w, hash(&w)), Some((dictionary, rank)), "{word}");
            let prefix = &w[..w.len() - 1];
            assert!(prefix.is_empty() || data.may_prefix(hash(prefix)), "{word}");
        }
        assert_eq!(data.lookup(&units("qzxqzx"), hash(&units("qzxqzx"))), None);
        let qwerty = data.graph(Layout::Qwerty);
        assert_eq!(qwerty.starting_positions, 94.0);
        assert!((qwerty.average_degree - 4.595_744_680_851_064).abs() < 1e-15);
        assert_eq!(data.graph(Layout::Keypad).starting_positions, 15.0);
        assert_eq!(qwerty.neighbours(u16::from(b'q')).len(), 6);
    }

    #[test]
    fn every_word_is_found_by_number_and_by_text_and_nothing_else_is() {
        let blob = include_bytes!("../../data/strength/zxcvbn-4.4.2.txt");
        let data = StrengthData::parse(blob.as_slice()).expect("the shipped blob is valid");
        let mut first: std::collections::HashMap<&[u8], (Dictionary, u32)> = std::collections::HashMap::new();
        let mut lines = blob.split(|&b| b == b'\n').skip(1);
        let mut number = 0;
        let as_units = |text: &[u8]| -> Vec<u16> { text.iter().map(|&b| u16::from(b)).collect() };
        for dictionary in Dictionary::RANKED {
            let header = lines.next().expect("a list header");
            let count: u32 = std::str::from_utf8(header.rsplit(|&b| b == b' ').next().expect("a count"))
                .expect("ASCII")
                .parse()
                .expect("a number");
            for rank in 1..=count {
                let word = lines.next().expect("a word");
                first.entry(word).or_insert((dictionary, rank));
                // Word by number: the text up to its newline, nothing shorter, nothing across it
                // (the word, its newline and the next line, which a newline ends too).
                let w = as_units(word);
                assert!(data.is_word(number, &w));
                assert!(!data.is_word(number, &w[..w.len() - 1]));
                let next = blob.get(data.starts[number] as usize + word.len() + 1..).unwrap_or_default();
                let next = next.split(|&b| b == b'\n').next().unwrap_or_default();
                let across: Vec<u16> =
                    w.iter().copied().chain([u16::from(b'\n')]).chain(as_units(next)).collect();
                assert!(!data.is_word(number, &across));
                number += 1;
            }
        }
        assert!(!data.is_word(number, &as_units(b"qwerty")), "no word past the last");
        assert_eq!(first.len(), data.words(), "the lists share no word");
        // By text: each word at its rank, and each word less its last letter only if that is a
        // word too (the tags keep a probe from reading other words, never from finding one).
        for (&word, &found) in &first {
            let w = as_units(word);
            assert_eq!(data.lookup(&w, hash(&w)), Some(found), "{}", String::from_utf8_lossy(word));
            let cut = &w[..w.len() - 1];
            assert_eq!(data.lookup(cut, hash(cut)), first.get(&word[..word.len() - 1]).copied());
        }
    }

    #[test]
    fn malformed_blobs_are_typed_errors() {
        assert_eq!(StrengthData::parse(b"nope\n".as_slice()).err(), Some(DataError::Version));
        let header = StrengthData::parse(b"passgate-strength 1\nlist other 1\nx\n".as_slice()).err();
        assert!(matches!(header, Some(DataError::Header { line: 2, .. })), "{header:?}");
        let first = Dictionary::RANKED[0].name();
        let upper =
            StrengthData::parse(format!("passgate-strength 1\nlist {first} 1\nABC\n").into_bytes()).err();
        assert_eq!(upper, Some(DataError::Entry { line: 3 }));
        let short =
            StrengthData::parse(format!("passgate-strength 1\nlist {first} 2\nabc\n").into_bytes()).err();
        assert!(short.is_some());
    }

    #[test]
    fn graphs_parse_and_their_errors_name_the_line() {
        let lists: String = Dictionary::RANKED.iter().map(|d| format!("list {} 0\n", d.name())).collect();
        let blob = |qwerty: &str| {
            let rest: String =
                Layout::ALL[1..].iter().map(|l| format!("graph {} 1 2\na\tb\t\n", l.name())).collect();
            format!("passgate-strength 1\n{lists}{qwerty}{rest}").into_bytes()
        };
        // Lines 1 to 7 are the version and the list headers: qwerty's header is line 8.
        let data = StrengthData::parse(blob("graph qwerty 2 2\na\tb\t\nb\t\ta\n")).expect("a valid blob");
        let qwerty = data.graph(Layout::Qwerty);
        assert_eq!(qwerty.neighbours(u16::from(b'b')), [vec![], vec![u16::from(b'a')]]);
        assert!(
            (qwerty.average_degree - 1.0).abs() < f64::EPSILON
                && (qwerty.starting_positions - 2.0).abs() < f64::EPSILON
        );
        let cases = [
            ("graph qwerty 1 3\na\tb\t\n", DataError::Entry { line: 9 }),
            ("graph qwerty 1 2\n\u{e9}\tb\t\n", DataError::Entry { line: 9 }),
            ("graph qwerty 1 2\nab\tb\t\n", DataError::Entry { line: 9 }),
            ("graph qwerty 1 2\n", DataError::Entry { line: 9 }),
        ];
        for (qwerty, error) in cases {
            assert_eq!(StrengthData::parse(blob(qwerty)).err(), Some(error), "{qwerty:?}");
        }
        for header in
            ["graph qwerty 0 2\n", "graph dvorak 1 2\na\tb\t\n", "graph qwerty x 2\n", "graph qwerty 1\n"]
        {
            let error = StrengthData::parse(blob(header)).err();
            assert!(matches!(error, Some(DataError::Header { line: 8, .. })), "{header:?}: {error:?}");
        }
    }
}
