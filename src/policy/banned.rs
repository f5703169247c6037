//! Banned-word scoring as Microsoft Entra Password Protection documents it:
//!
//! 1. normalize: lowercase, then undo common substitutions ([`fold`]);
//! 2. find banned terms (global list + the policy's custom list, 4–16 characters) at edit
//!    distance ≤ 1 anywhere in the normalized password;
//! 3. find the user's first name, last name and tenant name (4+ characters) as substrings;
//! 4. score: each term found is 1 point, each remaining character is 1 point; accept at ≥ 5.
//!
//! Choices passgate makes where the documentation is silent:
//! - Found terms may not overlap; the set of terms that gives the *lowest* score wins (the
//!   attacker's view).
//! - "Edit distance ≤ 1" means one substitution, one deleted character anywhere, or one
//!   inserted character *inside* the term. An extra character at either end is not a fuzzy
//!   match: it is the exact term plus a remaining character (so `contosoblankf` scores
//!   [contoso][blank]+f, as the documented examples require).
//! - The global list is passgate's own: the 1,000 most common passwords of 4–16 characters
//!   from the shipped blocklist, folded (a few fold to the same term; Microsoft's list is
//!   not public).
//!
//! Cost: for a password of n characters, about 15·n·16 hash lookups; passwords are analyzed up
//! to [`MAX_ANALYZED`] characters.

use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::sync::OnceLock;

use super::blocklist::common_passwords;
use super::normalize::fold;
use crate::messages::{self, vocabulary};

vocabulary! {
    templates with parameters
    /// Why a found term counts: the list or the detail of the person's it comes from (`source`
    /// of a [`BannedTerm`]), with the English explanation; the parameters come from the term.
    TermSource {
        /// passgate's global list of common passwords.
        Global = "global" => "{term, quoted} is a commonly used password{match, select, substituted { (swapping in look-alike characters such as 0 for o doesn't hide it)} oneEdit { (changing one character doesn't hide it)} other {}}.",
        /// The policy's own `bannedWords`.
        Custom = "custom" => "{term, quoted} is on your organisation's list of banned words{match, select, substituted { (swapping in look-alike characters such as 0 for o doesn't hide it)} oneEdit { (changing one character doesn't hide it)} other {}}.",
        /// The person's first or last name.
        Name = "name" => "{term, quoted} is your name{match, select, substituted { (swapping in look-alike characters such as 0 for o doesn't hide it)} other {}}.",
        /// The organisation's (tenant's) name.
        Tenant = "tenant" => "{term, quoted} is your organisation's name{match, select, substituted { (swapping in look-alike characters such as 0 for o doesn't hide it)} other {}}.",
    }
}

/// How a term was found in the password (`match` of a [`BannedTerm`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum TermMatch {
    /// As it is, in any case.
    Exact,
    /// After undoing look-alike substitutions (`0`→`o`, `@`→`a`, `$`→`s`...).
    Substituted,
    /// Within one edit: one character substituted, removed, or inserted inside the term.
    OneEdit,
}

/// A term the banned-word score found: the list's term (folded, never the password's own
/// characters), where it comes from and how it matched, with an English explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct BannedTerm {
    /// The term as its list or the context has it, folded (lower case, substitutions undone).
    pub term: String,
    /// Which list or detail it comes from.
    pub source: TermSource,
    /// How it matched.
    #[serde(rename = "match")]
    pub matched: TermMatch,
    /// English explanation (`term.<source>` in catalogues).
    pub message: String,
}

impl BannedTerm {
    /// A term with its English explanation.
    pub fn new(term: String, source: TermSource, matched: TermMatch) -> Self {
        let params = serde_json::json!({ "term": term, "match": matched });
        let message = messages::render_plain(source.template(), &params);
        BannedTerm { term, source, matched, message }
    }
}

/// Shortest and longest banned term, in characters.
pub const TERM_LENGTH: std::ops::RangeInclusive<usize> = 4..=16;
/// Points a password needs to be accepted.
pub const REQUIRED_POINTS: u32 = 5;
/// Characters of the normalized password that are analyzed (Entra's maximum length).
pub const MAX_ANALYZED: usize = 256;
/// Size of passgate's global banned list.
pub(crate) const GLOBAL_TERMS: usize = 1_000;

/// Banned terms indexed for fuzzy substring search.
#[derive(Debug, Clone)]
pub struct TermIndex {
    source: TermSource,
    terms: Vec<String>,
    exact: HashMap<Vec<char>, usize>,
    /// Each term with one position replaced by `\0`: finds substitutions.
    wildcard: HashMap<Vec<char>, usize>,
    /// Each term with one character removed: finds deletions.
    shortened: HashMap<Vec<char>, usize>,
}

impl TermIndex {
    /// Indexes `terms` (folded first; terms outside 4–16 characters are skipped), found terms
    /// reported as coming from `source`.
    pub fn new<'a>(source: TermSource, terms: impl IntoIterator<Item = &'a str>) -> Self {
        let mut index = Self {
            source,
            terms: Vec::new(),
            exact: HashMap::default(),
            wildcard: HashMap::default(),
            shortened: HashMap::default(),
        };
        for term in terms {
            let folded = fold(term);
            if !TERM_LENGTH.contains(&folded.len()) || index.exact.contains_key(&folded) {
                continue;
            }
            let id = index.terms.len();
            index.terms.push(folded.iter().collect());
            for k in 0..folded.len() {
                let mut wildcard = folded.clone();
                if let Some(slot) = wildcard.get_mut(k) {
                    *slot = '\0';
                }
                index.wildcard.entry(wildcard).or_insert(id);
                let mut shortened = folded.clone();
                shortened.remove(k);
                index.shortened.entry(shortened).or_insert(id);
            }
            index.exact.insert(folded, id);
        }
        index
    }

    /// passgate's global banned list, built once per process.
    pub fn global() -> &'static TermIndex {
        static GLOBAL: OnceLock<TermIndex> = OnceLock::new();
        GLOBAL.get_or_init(|| {
            TermIndex::new(
                TermSource::Global,
                common_passwords().filter(|p| TERM_LENGTH.contains(&p.chars().count())).take(GLOBAL_TERMS),
            )
        })
    }

    /// Number of indexed terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether no term is indexed.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The term equal to `window`, if any.
    fn find_exact(&self, window: &[char]) -> Option<&str> {
        self.exact.get(window).and_then(|&id| self.terms.get(id)).map(String::as_str)
    }

    /// A term at edit distance exactly 1 from `window` (see the module docs), if any.
    fn find_fuzzy(&self, window: &[char], scratch: &mut Vec<char>) -> Option<&str> {
        self.fuzzy_id(window, scratch).and_then(|id| self.terms.get(id)).map(String::as_str)
    }

    fn fuzzy_id(&self, window: &[char], scratch: &mut Vec<char>) -> Option<usize> {
        // A term one longer than the window, missing one character.
        if let Some(&id) = self.shortened.get(window) {
            return Some(id);
        }
        // A term of the same length with one character substituted.
        for k in 0..window.len() {
            scratch.clear();
            scratch.extend_from_slice(window);
            if let Some(slot) = scratch.get_mut(k) {
                *slot = '\0';
            }
            if let Some(&id) = self.wildcard.get(scratch.as_slice()) {
                return Some(id);
            }
        }
        // A term one shorter than the window, with one character inserted inside it.
        for k in 1..window.len().saturating_sub(1) {
            scratch.clear();
            scratch.extend(window.iter().enumerate().filter(|&(i, _)| i != k).map(|(_, &c)| c));
            if let Some(&id) = self.exact.get(scratch.as_slice()) {
                return Some(id);
            }
        }
        None
    }
}

/// The outcome of banned-word scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BannedScore {
    /// Points earned (accepted at ≥ [`REQUIRED_POINTS`]).
    pub points: u32,
    /// The banned terms and names found, in password order.
    pub terms: Vec<BannedTerm>,
}

impl BannedScore {
    /// Whether the password earned enough points.
    pub fn accepted(&self) -> bool {
        self.points >= REQUIRED_POINTS
    }
}

/// A name or the tenant, folded, with where it comes from ([`TermSource::Name`] or
/// [`TermSource::Tenant`]).
pub type NameTerm = (Vec<char>, TermSource);

/// A term found at some position: the term, its source, how it matched.
type Found = (String, TermSource, TermMatch);

/// Scores `password` against the banned lists and the user's names (each at least 4 characters).
pub fn score(password: &str, lists: &[&TermIndex], names: &[NameTerm]) -> BannedScore {
    let mut folded = super::normalize::fold_zeroizing(password);
    folded.truncate(MAX_ANALYZED);
    let n = folded.len();
    // substituted[i]: how many of the first i characters folding changed beyond their case.
    let mut substituted = Vec::with_capacity(n + 1);
    substituted.push(0usize);
    for c in password.chars().take(n) {
        let before = substituted.last().copied().unwrap_or(0);
        substituted.push(before + usize::from(super::normalize::is_substitution(c)));
    }
    let kind = |start: usize, end: usize| match (substituted.get(end), substituted.get(start)) {
        (Some(to), Some(from)) if to > from => TermMatch::Substituted,
        _ => TermMatch::Exact,
    };
    // matches_at[i]: (end, term) of every term or name found starting at i.
    let mut matches_at: Vec<Vec<(usize, Found)>> = vec![Vec::new(); n];
    let mut scratch = Vec::with_capacity(TERM_LENGTH.end() + 1);
    for (start, found) in matches_at.iter_mut().enumerate() {
        for len in (TERM_LENGTH.start() - 1)..=(TERM_LENGTH.end() + 1) {
            let Some(window) = folded.get(start..start + len) else { break };
            // An exact match in any list wins over a fuzzy one ("blank" over "black").
            let exact = lists.iter().find_map(|list| list.find_exact(window).map(|term| (term, list.source)));
            let term = exact.map(|(term, source)| (term, source, kind(start, start + len))).or_else(|| {
                lists.iter().find_map(|list| {
                    list.find_fuzzy(window, &mut scratch).map(|term| (term, list.source, TermMatch::OneEdit))
                })
            });
            if let Some((term, source, matched)) = term {
                found.push((start + len, (term.to_owned(), source, matched)));
            }
        }
        for (name, source) in names.iter().filter(|(name, _)| name.len() >= *TERM_LENGTH.start()) {
            let end = start + name.len();
            if folded.get(start..end) == Some(name.as_slice()) {
                found.push((end, (name.iter().collect(), *source, kind(start, end))));
            }
        }
    }
    // best[i]: fewest points for folded[i..], and the first step taken.
    let mut best: Vec<(u32, Option<(usize, usize)>)> = vec![(0, None); n + 1];
    for start in (0..n).rev() {
        let single = best.get(start + 1).map_or(0, |b| b.0) + 1;
        let mut choice = (single, None);
        for (k, (end, _)) in matches_at.get(start).into_iter().flatten().enumerate() {
            let points = best.get(*end).map_or(0, |b| b.0) + 1;
            if points < choice.0 {
                choice = (points, Some((*end, k)));
            }
        }
        if let Some(slot) = best.get_mut(start) {
            *slot = choice;
        }
    }
    let mut terms = Vec::new();
    let mut at = 0;
    while let Some(&(_, step)) = best.get(at).filter(|_| at < n) {
        match step {
            Some((end, k)) => {
                if let Some((_, (term, source, matched))) = matches_at.get(at).and_then(|m| m.get(k)) {
                    terms.push(BannedTerm::new(term.clone(), *source, *matched));
                }
                at = end;
            }
            None => at += 1,
        }
    }
    BannedScore { points: best.first().map_or(0, |b| b.0), terms }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn documented(password: &str, names: &[&str]) -> BannedScore {
        let global = TermIndex::new(TermSource::Global, ["blank"]);
        let custom = TermIndex::new(TermSource::Custom, ["contoso", "abcdef"]);
        let names: Vec<NameTerm> = names.iter().map(|n| (fold(n), TermSource::Name)).collect();
        score(password, &[&global, &custom], &names)
    }

    fn words(result: &BannedScore) -> Vec<&str> {
        result.terms.iter().map(|t| t.term.as_str()).collect()
    }

    #[test]
    fn microsoft_documented_examples() {
        // (password, points, accepted, terms)
        let table: [(&str, u32, bool, &[&str]); 7] = [
            ("Bl@nK", 1, false, &["blank"]),
            ("abcdeg", 1, false, &["abcdef"]),
            ("abcdefg", 2, false, &["abcdef"]),
            ("abcde", 1, false, &["abcdef"]),
            ("C0ntos0Blank12", 4, false, &["contoso", "blank"]),
            ("ContoS0Bl@nkf9!", 5, true, &["contoso", "blank"]),
            ("Tr0ub4dour&3x", 13, true, &[]),
        ];
        for (password, points, accepted, terms) in table {
            let result = documented(password, &[]);
            assert_eq!(result.points, points, "{password}: {result:?}");
            assert_eq!(result.accepted(), accepted, "{password}");
            assert_eq!(words(&result), terms, "{password}");
        }
    }

    #[test]
    fn names_count_as_found_terms() {
        let result = documented("p0LL23fb", &["Poll"]);
        assert_eq!(words(&result), ["poll"]);
        assert_eq!(result.points, 5); // rejected by the context-word rule, not by points
        assert_eq!(documented("p0LL23fb", &[]).points, 8);
    }

    #[test]
    fn fuzzy_matching_is_substitution_deletion_or_inner_insertion() {
        let index = TermIndex::new(TermSource::Custom, ["contoso"]);
        let mut scratch = Vec::new();
        let find = |s: &str, scratch: &mut Vec<char>| {
            let window: Vec<char> = s.chars().collect();
            index.find_exact(&window).or_else(|| index.find_fuzzy(&window, scratch)).map(str::to_owned)
        };
        assert!(find("contoso", &mut scratch).is_some());
        assert!(find("contosx", &mut scratch).is_some()); // substitution
        assert!(find("contso", &mut scratch).is_some()); // deletion
        assert!(find("conxtoso", &mut scratch).is_some()); // inner insertion
        assert!(find("contosox", &mut scratch).is_none()); // boundary insertion
        assert!(find("cnotsoo", &mut scratch).is_none()); // edit distance 3
    }

    #[test]
    fn global_list_is_built_from_common_passwords() {
        let global = TermIndex::global();
        // 1,000 entries, a few of which fold to the same term.
        assert!(global.len() > 990 && global.len() <= GLOBAL_TERMS, "{}", global.len());
        assert!(!score("password", &[global], &[]).accepted());
        assert!(score("kT9#vLq2Wz", &[global], &[]).accepted());
    }

    #[test]
    fn terms_outside_four_to_sixteen_are_ignored() {
        assert_eq!(TermIndex::new(TermSource::Custom, ["abc", "abcdefghijklmnopq", "okay"]).len(), 1);
    }

    #[test]
    fn long_passwords_are_analyzed_up_to_the_cap() {
        let long: String = "kq7#Vb2!".repeat(1_250);
        let head: String = long.chars().take(MAX_ANALYZED).collect();
        let global = [TermIndex::global()];
        assert_eq!(score(&long, &global, &[]), score(&head, &global, &[]));
        assert_eq!(score(&long, &global, &[]).points as usize, MAX_ANALYZED);
    }

    #[test]
    fn each_term_says_where_it_comes_from_and_how_it_matched() {
        use TermMatch::*;
        use TermSource::*;
        let global = TermIndex::new(Global, ["blank", "dragon"]);
        let custom = TermIndex::new(Custom, ["contoso"]);
        let names = [(fold("Poll"), Name), (fold("Northwind"), Tenant)];
        let explained = |password: &str| {
            let result = score(password, &[&global, &custom], &names);
            result.terms.iter().map(|t| (t.term.clone(), t.source, t.matched)).collect::<Vec<_>>()
        };
        let term = |term: &str, source, matched| (term.to_owned(), source, matched);
        // (password, terms found in order)
        let table = [
            ("blank!", vec![term("blank", Global, Exact)]),
            ("BLANK!", vec![term("blank", Global, Exact)]),
            ("bl@nk!", vec![term("blank", Global, Substituted)]),
            ("blahk!", vec![term("blank", Global, OneEdit)]),
            ("dragn", vec![term("dragon", Global, OneEdit)]),
            ("Contoso", vec![term("contoso", Custom, Exact)]),
            ("C0nt0s0", vec![term("contoso", Custom, Substituted)]),
            ("contxso", vec![term("contoso", Custom, OneEdit)]),
            ("poll-x", vec![term("poll", Name, Exact)]),
            ("P0LL-x", vec![term("poll", Name, Substituted)]),
            ("Northwind9", vec![term("northwind", Tenant, Exact)]),
            ("n0rthw!nd9", vec![term("northwind", Tenant, Substituted)]),
            ("C0ntosoBlank", vec![term("contoso", Custom, Substituted), term("blank", Global, Exact)]),
        ];
        for (password, expected) in table {
            assert_eq!(explained(password), expected, "{password}");
        }
    }

    #[test]
    fn explanations_name_the_source_and_the_match() {
        use TermMatch::*;
        use TermSource::*;
        let table = [
            (BannedTerm::new("blank".into(), Global, Exact), "\u{201c}blank\u{201d} is a commonly used password."),
            (
                BannedTerm::new("blank".into(), Global, Substituted),
                "\u{201c}blank\u{201d} is a commonly used password (swapping in look-alike characters such as 0 \
                 for o doesn't hide it).",
            ),
            (
                BannedTerm::new("contoso".into(), Custom, OneEdit),
                "\u{201c}contoso\u{201d} is on your organisation's list of banned words (changing one character \
                 doesn't hide it).",
            ),
            (BannedTerm::new("poll".into(), Name, Exact), "\u{201c}poll\u{201d} is your name."),
            (
                BannedTerm::new("northwind".into(), Tenant, Exact),
                "\u{201c}northwind\u{201d} is your organisation's name.",
            ),
        ];
        for (term, message) in table {
            assert_eq!(term.message, message);
            let json = serde_json::to_value(&term).unwrap();
            assert_eq!(json["source"], term.source.code());
            assert!(json["match"].is_string());
        }
    }
}
