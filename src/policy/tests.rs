//! Table-driven tests of each rule and each preset.

use super::banned::TermSource;
use super::*;

/// `Policy::check` on a password as typed, with no strength score.
trait CheckText {
    fn check_text(&self, password: &str, context: &Context) -> PolicyReport;
}

impl CheckText for Policy {
    fn check_text(&self, password: &str, context: &Context) -> PolicyReport {
        self.check(&self.prepare(password), context, None)
    }
}

fn policy(json: &str) -> Policy {
    let config: PolicyConfig = crate::decode_json("options.policy", json).unwrap();
    Policy::from_config(config).unwrap()
}

fn codes(policy: &Policy, password: &str, context: &Context) -> Vec<String> {
    let report = policy.check_text(password, context);
    assert_eq!(report.ok, report.violations.is_empty());
    report
        .violations
        .iter()
        .map(|v| serde_json::to_value(&v.problem).unwrap()["code"].as_str().unwrap().to_owned())
        .collect()
}

fn no_context() -> Context {
    Context::default()
}

#[test]
fn nist_default_preset() {
    let nist = policy("{}");
    assert_eq!(nist.preset().id, "nist-800-63b-4");
    let table: [(&str, &[&str]); 7] = [
        ("password", &["tooShort"]), // a short common password is only "too short"
        ("correct horse battery staple", &[]),
        ("fifteen chars!!", &[]),
        ("fourteen chars", &["tooShort"]),
        ("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", &[]), // 15 code points, 30 UTF-16 units
        ("日本語のパスワードはとても長いです", &[]),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &["tooLong"]),
    ];
    for (password, expected) in table {
        assert_eq!(codes(&nist, password, &no_context()), expected, "{password}");
    }
}

#[test]
fn nist_refuses_context_derivatives() {
    let nist = policy(r#"{"preset": "nist-800-63b-4-mfa"}"#);
    let context =
        Context { username: Some("alice".into()), tenant: Some("Contoso".into()), ..Context::default() };
    for password in ["alice-in-wonderland", "ECILA2024", "Contoso2025!", "my-c0nt0s0-pass"] {
        assert_eq!(codes(&nist, password, &context), ["containsContextWord"], "{password}");
    }
    assert!(nist.check_text("river-stone-lamp", &context).ok);
    let report = nist.check_text("alice2024", &context);
    assert_eq!(
        report.violations[0].problem,
        Problem::ContainsContextWord { word: "alice".into(), field: ContextField::Username }
    );
    let report = nist.check_text("my-c0nt0s0-pass", &context);
    assert_eq!(
        report.violations[0].message,
        "Don't build your password from your organisation's name (\u{201c}contoso\u{201d})."
    );
}

#[test]
fn length_counts_code_points_after_nfc() {
    let decomposed = "e\u{301}".repeat(8); // 16 code points as typed, 8 after NFC
    assert_eq!(codes(&policy(r#"{"minLength": 8}"#), &decomposed, &no_context()), Vec::<String>::new());
    assert_eq!(codes(&policy(r#"{"minLength": 9}"#), &decomposed, &no_context()), ["tooShort"]);
    assert!(policy(r#"{"minLength": 9, "normalization": "none"}"#).check_text(&decomposed, &no_context()).ok);
    assert_eq!(policy("{}").normalize("e\u{301}"), "é");
}

#[test]
fn owasp_refuses_common_passwords_that_meet_the_length() {
    let l1 = policy(r#"{"preset": "owasp-asvs-5-l1"}"#);
    for password in ["baseball", "BASEBALL", "B@s3b@ll", "iloveyou", "sunshine"] {
        assert_eq!(codes(&l1, password, &no_context()), ["commonPassword"], "{password}");
    }
    assert_eq!(codes(&l1, "123456", &no_context()), ["tooShort"]);
    assert!(l1.check_text("baseball-river-lamp", &no_context()).ok);
    // L1 has no context-word rule; L2 adds it.
    let context = Context { username: Some("marguerite".into()), ..Context::default() };
    assert!(l1.check_text("marguerite1", &context).ok);
    assert_eq!(
        codes(&policy(r#"{"preset": "owasp-asvs-5-l2"}"#), "marguerite1", &context),
        ["containsContextWord"]
    );
}

#[test]
fn custom_blocklist_is_whole_password() {
    let p = policy(r#"{"preset": "owasp-asvs-5-l1", "customBlocklist": ["contoso2025"]}"#);
    assert_eq!(codes(&p, "C0ntoso2025", &no_context()), ["commonPassword"]);
    assert!(p.check_text("contoso2025-and-more", &no_context()).ok);
}

#[test]
fn microsoft_entra_preset() {
    let entra = policy(r#"{"preset": "microsoft-entra", "bannedWords": ["contoso", "blank"]}"#);
    let table: [(&str, &[&str]); 8] = [
        ("Ab1", &["tooShort", "bannedWordScore"]), // under 5 characters is under 5 points
        ("abcdefgh", &["missingClasses", "bannedWordScore"]), // "abcdefg" is a common password
        ("Passw0rd", &["bannedWordScore"]),
        ("C0ntos0Blank12", &["bannedWordScore"]),
        ("ContoS0Bl@nkf9!", &[]),
        ("Blümchen-Tal-88", &["disallowedCharacters"]),
        ("Kq7#mZ2!vR", &[]),
        ("Zeb-Rt7 Quill", &[]),
    ];
    for (password, expected) in table {
        assert_eq!(codes(&entra, password, &no_context()), expected, "{password}");
    }
    let report = entra.check_text("Blümchen-Tal-88é", &no_context());
    assert_eq!(
        report.violations[0].problem,
        Problem::DisallowedCharacters { characters: vec!["ü".into(), "é".into()] }
    );
    let report = entra.check_text("C0ntos0Blank12", &no_context());
    let banned = report.violations.iter().find(|v| v.rule == RuleId::BannedWords).unwrap();
    assert_eq!(
        banned.problem,
        Problem::BannedWordScore {
            points: 4,
            required: 5,
            terms: vec![
                BannedTerm::new("contoso".into(), TermSource::Custom, TermMatch::Substituted),
                BannedTerm::new("blank".into(), TermSource::Custom, TermMatch::Exact),
            ]
        }
    );
    // "3 of 4": letters without case are not allowed, so they are not counted.
    let min_classes = report.rules.iter().find(|r| r.rule.id() == RuleId::MinClasses).unwrap();
    assert_eq!(
        min_classes.rule,
        Rule::MinClasses {
            min: 3,
            classes: vec![CharClass::Lowercase, CharClass::Uppercase, CharClass::Digit, CharClass::Symbol]
        }
    );
}

#[test]
fn entra_rejects_a_name_hit_even_with_enough_points() {
    let entra = policy(r#"{"preset": "microsoft-entra"}"#);
    let context = Context { first_name: Some("Poll".into()), ..Context::default() };
    assert_eq!(codes(&entra, "p0LL23fb", &context), ["containsContextWord"]);
}

#[test]
fn entra_terms_explain_global_custom_name_and_tenant() {
    let entra = policy(r#"{"preset": "microsoft-entra", "bannedWords": ["contoso"]}"#);
    let context = Context {
        first_name: Some("Marguerite".into()),
        tenant: Some("Northwind".into()),
        ..Context::default()
    };
    let terms = |password: &str| {
        let report = entra.check_text(password, &context);
        match report.violations.iter().find(|v| v.rule == RuleId::BannedWords).map(|v| &v.problem) {
            Some(Problem::BannedWordScore { terms, .. }) => {
                terms.iter().map(|t| (t.term.clone(), t.source, t.matched)).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        }
    };
    use TermMatch::*;
    use TermSource::*;
    let term = |term: &str, source, matched| (term.to_owned(), source, matched);
    assert_eq!(terms("Passw0rd"), [term("password", Global, Substituted)]);
    assert_eq!(terms("Contoso1!"), [term("contoso", Custom, Exact)]);
    assert_eq!(terms("C0nt0zo1!"), [term("contoso", Custom, OneEdit)]);
    assert_eq!(terms("N0rthwind!"), [term("northwind", Tenant, Substituted)]);
    assert_eq!(terms("Marguerite1!"), [term("marguerite", Name, Exact)]);
    // The context-word rule says which field a word came from.
    let report = entra.check_text("N0rthwind!", &context);
    let word = report.violations.iter().find(|v| v.rule == RuleId::ContextWords).unwrap();
    assert_eq!(
        word.problem,
        Problem::ContainsContextWord { word: "northwind".into(), field: ContextField::Tenant }
    );
}

#[test]
fn pci_dss_needs_letters_and_digits() {
    let pci = policy(r#"{"preset": "pci-dss-4"}"#);
    let table: [(&str, &[&str]); 5] = [
        ("abcdefghijkl", &["missingRequiredClasses"]),
        ("123456789012", &["missingRequiredClasses"]),
        ("abcdefghijk1", &[]),
        ("日本語日本語日本語日本語1", &[]),
        ("abc1", &["tooShort"]),
    ];
    for (password, expected) in table {
        assert_eq!(codes(&pci, password, &no_context()), expected, "{password}");
    }
    assert!(pci.check_text(&"a1".repeat(5000), &no_context()).ok, "no maximum length");
}

#[cfg(feature = "strength")]
#[test]
fn max_repeated_and_min_score() {
    let p = policy(r#"{"minLength": 4, "maxRepeated": 3, "minScore": 3, "blocklist": false}"#);
    assert_eq!(p.min_score(), Some(3));
    let scored = |password: &str| {
        let candidate = p.prepare(password);
        let score = crate::strength::estimate(candidate.text(), [], crate::strength::FALLBACK_YEAR).score;
        p.check(&candidate, &no_context(), Some(score))
    };
    let problems =
        |report: PolicyReport| report.violations.into_iter().map(|v| v.problem).collect::<Vec<_>>();
    assert!(matches!(problems(scored("xaaaab-river-lamp-stone"))[..], [Problem::RepeatedCharacters { .. }]));
    assert!(scored("xaaab-river-lamp-stone").ok);
    assert_eq!(problems(scored("qwerty")), [Problem::TooWeak { min_score: 3, score: 0 }]);
    // No score given: the minScore rule fails, whatever the password.
    let unscored = p.check_text("xaaab-river-lamp-stone", &no_context());
    assert_eq!(problems(unscored), [Problem::TooWeak { min_score: 3, score: 0 }]);
}

#[test]
fn overrides_keep_the_preset_and_cite_custom_settings() {
    let p = policy(r#"{"preset": "microsoft-entra", "minLength": 12}"#);
    let report = p.check_text("Short1!", &no_context());
    let min_length = report.rules.iter().find(|r| r.rule.id() == RuleId::MinLength).unwrap();
    assert_eq!(min_length.rule, Rule::MinLength { min: 12 });
    assert_eq!(min_length.source, "Custom setting");
    let classes = report.rules.iter().find(|r| r.rule.id() == RuleId::MinClasses).unwrap();
    assert_eq!(classes.source, "Microsoft Entra password policies and Password Protection");
    assert_eq!(p.config().max_length, Some(Some(256)));
}

#[test]
fn rules_list_every_active_rule_in_order() {
    let entra = policy(r#"{"preset": "microsoft-entra"}"#);
    let ids: Vec<&str> =
        entra.check_text("", &no_context()).rules.iter().map(|r| r.rule.id().code()).collect();
    assert_eq!(
        ids,
        ["minLength", "maxLength", "minClasses", "allowedCharacters", "contextWords", "bannedWords"]
    );
    let nist = policy("{}");
    let ids: Vec<&str> =
        nist.check_text("", &no_context()).rules.iter().map(|r| r.rule.id().code()).collect();
    assert_eq!(ids, ["minLength", "maxLength", "blocklist", "contextWords"]);
}

#[test]
fn bad_configs_name_the_field() {
    let table = [
        (r#"{"preset": "nist"}"#, "unknownPreset", "options.policy.preset"),
        (r#"{"minLength": 0}"#, "invalidOption", "options.policy.minLength"),
        (r#"{"minLength": 20, "maxLength": 10}"#, "invalidOption", "options.policy.maxLength"),
        (r#"{"minClasses": 6}"#, "invalidOption", "options.policy.minClasses"),
        (r#"{"maxRepeated": 0}"#, "invalidOption", "options.policy.maxRepeated"),
        (r#"{"minScore": 5}"#, "invalidOption", "options.policy.minScore"),
        (r#"{"allowedCharacters": ""}"#, "invalidOption", "options.policy.allowedCharacters"),
        (r#"{"bannedWords": ["ok", "fine-term"]}"#, "invalidOption", "options.policy.bannedWords[0]"),
        (r#"{"minLength": "12"}"#, "invalidOption", "options.policy.minLength"),
        (r#"{"minLenght": 12}"#, "unknownOption", "options.policy.minLenght"),
        (r#"{"requiredClasses": ["emoji"]}"#, "invalidOption", "options.policy.requiredClasses[0]"),
        (r#"{"normalization": "nfd"}"#, "invalidOption", "options.policy.normalization"),
        (r#"{"minLength": 15, "maxBytes": 14}"#, "invalidOption", "options.policy.maxBytes"),
        (r#"{"maxBytes": 16385}"#, "invalidOption", "options.policy.maxBytes"),
        // Every allowed character takes 2 bytes: 8 characters need 16.
        (
            r#"{"minLength": 8, "allowedCharacters": "éèà", "maxBytes": 15}"#,
            "invalidOption",
            "options.policy.maxBytes",
        ),
    ];
    for (json, code, field) in table {
        let err = crate::decode_json::<PolicyConfig>("options.policy", json)
            .and_then(Policy::from_config)
            .unwrap_err();
        assert_eq!(err.code(), code, "{json}: {err}");
        assert!(err.to_string().starts_with(field), "{json}: {err}");
    }
}

#[test]
fn max_length_null_means_no_maximum() {
    let p = policy(r#"{"maxLength": null}"#);
    assert!(p.check_text(&"long-river-lamp-".repeat(100), &no_context()).ok);
    let ids: Vec<&str> = p.check_text("", &no_context()).rules.iter().map(|r| r.rule.id().code()).collect();
    assert!(!ids.contains(&"maxLength"));
}

#[test]
fn input_attributes_describe_each_preset_in_password_rules_syntax() {
    let table = [
        ("nist-800-63b-4", Some(128), "minlength: 15; maxlength: 128; allowed: ascii-printable;"),
        ("owasp-asvs-5-l1", Some(128), "minlength: 8; maxlength: 128; allowed: ascii-printable;"),
        (
            // 3 of 4 has no syntax: all four ASCII classes are required (the strict choice).
            "microsoft-entra",
            Some(256),
            "minlength: 8; maxlength: 256; required: lower; required: upper; required: digit; \
             required: special; allowed: ascii-printable;",
        ),
        (
            "pci-dss-4",
            None,
            "minlength: 12; required: lower, upper; required: digit; allowed: ascii-printable;",
        ),
    ];
    for (preset, maxlength, rules) in table {
        let attributes = policy(&format!(r#"{{"preset":"{preset}"}}"#)).input_attributes();
        assert_eq!(attributes.autocomplete, "new-password");
        assert_eq!(attributes.maxlength, maxlength, "{preset}");
        assert_eq!(attributes.passwordrules, rules, "{preset}");
    }
}

#[test]
fn input_attributes_list_a_restricted_ascii_set_and_runs() {
    let custom = policy(
        r#"{"minLength":10,"requiredClasses":["uppercase","otherLetter"],"allowedCharacters":"]ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-x日","maxRepeated":2}"#,
    );
    let attributes = custom.input_attributes();
    assert_eq!(attributes.minlength, 10);
    assert_eq!(
        attributes.passwordrules,
        "minlength: 10; maxlength: 128; required: upper; allowed: upper, digit, [-x]]; max-consecutive: 2;"
    );
    let json = serde_json::to_value(&attributes).unwrap();
    assert_eq!(json["autocomplete"], "new-password");
    let only_non_ascii = policy(r#"{"allowedCharacters":"日本語"}"#).input_attributes();
    assert_eq!(only_non_ascii.passwordrules, "minlength: 15; maxlength: 128;");
    let unbounded = serde_json::to_value(policy(r#"{"preset":"pci-dss-4"}"#).input_attributes()).unwrap();
    assert!(unbounded.get("maxlength").is_none(), "no maxlength key without a maximum");
}

#[test]
fn over_long_input_is_checked_on_a_prefix_and_counted_in_full() {
    let nist = policy("{}");
    // 3,000 decomposed "é" (6,000 code points), then 10,000 "x": 16,000 code points typed.
    let long = format!("{}{}", "e\u{301}".repeat(3_000), "x".repeat(10_000));
    let candidate = nist.prepare(&long);
    // The first 4,096 code points (2,048 pairs) are normalized to 2,048 "é".
    assert_eq!(candidate.text().chars().count(), 2_048);
    assert!(candidate.text().chars().all(|c| c == 'é'));
    // The rest (11,904 code points) is only counted.
    assert_eq!(candidate.length(), 2_048 + 11_904);
    assert_eq!(codes(&nist, &long, &no_context()), ["tooLong"]);
    // Short input is untouched by the cut.
    assert_eq!(nist.prepare("e\u{301}x").length(), 2);
}

#[test]
fn kept_rule_messages_are_what_rendering_gives() {
    // The first check keeps each rule's text; later checks must give the same text as
    // rendering would, the `maxBytes` rule's both forms included (ASCII first, then not).
    let presets = [
        "{}",
        r#"{"preset": "microsoft-entra"}"#,
        r#"{"preset": "pci-dss-4"}"#,
        r#"{"maxBytes": 72, "requiredClasses": ["digit"]}"#,
    ];
    for json in presets {
        let policy = policy(json);
        for password in ["", "Tr0ub4dour&3", "\u{e9}t\u{e9}-\u{e9}t\u{e9}-\u{e9}t\u{e9}", "password", "a"] {
            for status in policy.check_text(password, &no_context()).rules {
                assert_eq!(status.message, status.rule.to_string(), "{json} {password:?}");
            }
        }
    }
}

#[test]
fn max_bytes_counts_utf8_after_normalization() {
    let bcrypt = policy(r#"{"maxBytes": 72}"#);
    // (password, violations, the rule's `ascii`, bytes counted)
    let table: [(String, &[&str], bool, u64); 6] = [
        ("a".repeat(72), &[], true, 72),
        ("a".repeat(73), &["tooManyBytes"], true, 73),
        // 36 "é" are 72 bytes, 36 characters.
        ("é".repeat(36), &[], false, 72),
        ("é".repeat(37), &["tooManyBytes"], false, 74),
        // Decomposed, 37 "e" + U+0301 are 111 bytes as typed, 74 after NFC.
        ("e\u{301}".repeat(37), &["tooManyBytes"], false, 74),
        // 18 emoji: 72 bytes in 18 code points (and 15 or more of them).
        ("😀".repeat(18), &[], false, 72),
    ];
    for (password, expected, ascii, bytes) in table {
        let report = bcrypt.check_text(&password, &no_context());
        assert_eq!(codes(&bcrypt, &password, &no_context()), expected, "{password}");
        let rule = report.rules.iter().find(|r| r.rule.id() == RuleId::MaxBytes).unwrap();
        assert_eq!(rule.rule, Rule::MaxBytes { max: 72, ascii }, "{password}");
        assert_eq!(rule.passed, expected.is_empty());
        assert_eq!(u64::from(bcrypt.prepare(&password).bytes()), bytes, "{password}");
        if let Some(v) = report.violations.first() {
            assert_eq!(v.problem, Problem::TooManyBytes { max: 72, actual: bytes as u32, ascii });
        }
    }
    // The checklist says characters for ASCII and bytes otherwise.
    assert_eq!(Rule::MaxBytes { max: 72, ascii: true }.to_string(), "No more than 72 characters");
    assert_eq!(Rule::MaxBytes { max: 72, ascii: false }.to_string(), "No more than 72 bytes");
    // Bytes past the checked head are counted too: 5,000 "é" are 10,000 bytes.
    let roomy = policy(r#"{"maxBytes": 9999, "maxLength": null}"#);
    let long = "é".repeat(5_000);
    assert_eq!(roomy.prepare(&long).bytes(), 10_000);
    assert_eq!(codes(&roomy, &long, &no_context()), ["tooManyBytes"]);
    assert_eq!(codes(&roomy, &"é".repeat(4_999), &no_context()), Vec::<String>::new());
    // No attribute counts bytes: maxlength is the smaller limit, for ASCII generators.
    let attributes = serde_json::to_value(bcrypt.input_attributes()).unwrap();
    assert_eq!(attributes["maxlength"], 72);
    assert!(attributes["passwordrules"].as_str().unwrap().contains("maxlength: 72;"), "{attributes}");
    assert_eq!(serde_json::to_value(roomy.input_attributes()).unwrap()["maxlength"], 9999);
}
