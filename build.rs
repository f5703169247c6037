//! Packs the two word lists compiled into the crate (the blocklist and the EFF list) into a
//! smaller form for the binary: front coding, each line starting with one character that says
//! how many bytes it shares with the line before (`'0'` + count), then the bytes that differ.
//! Sorted lists share long prefixes, so the packed text is smaller both raw and compressed
//! (brotli: the blocklist 34.8 → 23 KB, the EFF list 21.1 → 16.9 KB of the npm package's wasm
//! module). `text::unpack` restores the lines. The lists in `data/` stay as distributed.
//!
//! The blocklist keeps its 1,000 most common entries of 4–16 characters first, in order of
//! popularity (the global banned list is built from them, `policy::banned`); the other entries
//! of 8 or more characters follow sorted, because only membership matters for them. Every entry
//! under 8 characters (global or not) is also in a second packed list, `common-short.packed`,
//! which the crate embeds only with its `words` feature (`policy::blocklist`).

use std::env;
use std::fs;
use std::path::Path;

/// Must match `policy::banned::TERM_LENGTH` and `GLOBAL_TERMS` (the blocklist's
/// `the_shipped_list_is_loaded` test fails if they differ).
const GLOBAL_TERM_LENGTH: std::ops::RangeInclusive<usize> = 4..=16;
const GLOBAL_TERMS: usize = 1_000;
/// Must match `policy::blocklist::SHORT` (checked by the same test).
const SHORT: usize = 8;

fn main() {
    let out = env::var_os("OUT_DIR").map(std::path::PathBuf::from).unwrap_or_default();
    for source in ["data/common-passwords.txt", "data/eff_large_wordlist.txt"] {
        println!("cargo:rerun-if-changed={source}");
    }
    println!("cargo:rerun-if-changed=build.rs");

    let common = read_lines("data/common-passwords.txt");
    let (global, rest): (Vec<&str>, Vec<&str>) = {
        let mut global = Vec::new();
        let mut rest = Vec::new();
        for entry in &common {
            if global.len() < GLOBAL_TERMS && GLOBAL_TERM_LENGTH.contains(&entry.chars().count()) {
                global.push(*entry);
            } else {
                rest.push(*entry);
            }
        }
        (global, rest)
    };
    // The entries under SHORT characters go to a list of their own (`policy::blocklist`): a
    // password that meets a minimum length of SHORT or more is never compared with them. The
    // global terms stay in the main list whatever their length.
    let (mut short, mut rest): (Vec<&str>, Vec<&str>) =
        rest.into_iter().partition(|e| e.chars().count() < SHORT);
    rest.sort_unstable();
    let ordered: Vec<&str> = global.into_iter().chain(rest).collect();
    write(&out.join("common-passwords.packed"), &front_code(&ordered));
    short.extend(ordered.iter().filter(|e| e.chars().count() < SHORT));
    short.sort_unstable();
    write(&out.join("common-short.packed"), &front_code(&short));
    // How many entries an installed list must have (a stale or wrong file is refused).
    write(&out.join("common-short.count"), &short.len().to_string());

    let eff = read_lines("data/eff_large_wordlist.txt");
    write(&out.join("eff-words.packed"), &front_code(&eff));
    write(&out.join("eff-words.count"), &eff.len().to_string());
}

fn read_lines(path: &str) -> Vec<&'static str> {
    let text = fs::read_to_string(path).unwrap_or_else(|err| fail(&format!("{path}: {err}")));
    let text: &'static str = Box::leak(text.into_boxed_str());
    text.lines().map(str::trim).filter(|line| !line.is_empty()).collect()
}

fn front_code(lines: &[&str]) -> String {
    let mut packed = String::new();
    let mut previous = "";
    for line in lines {
        let shared = previous.bytes().zip(line.bytes()).take_while(|(a, b)| a == b).count();
        // Back off to a character boundary (the lists are ASCII today; this keeps it right).
        let shared = (0..=shared).rev().find(|&n| line.is_char_boundary(n)).unwrap_or(0);
        let marker = u8::try_from(shared).ok().and_then(|n| n.checked_add(b'0')).filter(u8::is_ascii);
        let marker = marker.unwrap_or_else(|| fail(&format!("a shared prefix of {shared} bytes")));
        packed.push(char::from(marker));
        packed.push_str(line.get(shared..).unwrap_or_default());
        packed.push('\n');
        previous = line;
    }
    packed
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|err| fail(&format!("{}: {err}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("build.rs: {message}");
    std::process::exit(1);
}
