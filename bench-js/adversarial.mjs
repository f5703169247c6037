// Inputs built to hit each estimator's worst case (deterministic).

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function adversarialInputs() {
  const random = rng(0xbad5eed);
  const from = (charset, length) => Array.from({ length }, () => charset[Math.floor(random() * charset.length)]).join("");
  const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join("");
  const repeatTo = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const words = "the quick brown fox jumps over the lazy dog while correct horse battery staple ";
  return [
    { id: "digits-100", label: "100 random digits", input: from("0123456789", 100) },
    { id: "digits-1000", label: "1,000 random digits", input: from("0123456789", 1000) },
    { id: "digits-4000", label: "4,000 random digits", input: from("0123456789", 4000) },
    { id: "symbol-x1000", label: "1 symbol × 1,000", input: "!".repeat(1000) },
    { id: "symbols-1000", label: "`!@#$%^&*()` repeated to 1,000", input: repeatTo("!@#$%^&*()", 1000) },
    { id: "l33t-64", label: "the 20 l33t characters, 64 long", input: repeatTo("4@8({[<3691!|0$5+7%2", 64) },
    { id: "walk-row-200", label: "keyboard rows walked, 200 long", input: repeatTo("qwertyuiopasdfghjklzxcvbnm", 200) },
    { id: "walk-column-200", label: "keyboard columns walked, 200 long", input: repeatTo("1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", 200) },
    { id: "random-80", label: "random printable, 80", input: from(printable, 80) },
    { id: "random-90", label: "random printable, 90", input: from(printable, 90) },
    { id: "random-100", label: "random printable, 100", input: from(printable, 100) },
    { id: "paste-1mb", label: "1 MB paste (text)", input: repeatTo(words, 1 << 20) },
  ];
}
