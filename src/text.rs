//! Small text measures shared by the policy engine and the passphrase generator.

/// The longest run of one character repeated, in code points (`"abbbc"` → 3, `""` → 0).
pub fn longest_run(text: &str) -> u32 {
    let mut longest = 0;
    let mut run = 0;
    let mut previous = None;
    for c in text.chars() {
        run = if previous == Some(c) { run + 1 } else { 1 };
        previous = Some(c);
        longest = longest.max(run);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_counted_in_code_points() {
        let table = [("", 0), ("a", 1), ("abc", 1), ("abbbc", 3), ("aAa", 1), ("ééé", 3), ("😀😀", 2)];
        for (text, run) in table {
            assert_eq!(longest_run(text), run, "{text:?}");
        }
    }
}
