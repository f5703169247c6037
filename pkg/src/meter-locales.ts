// The strings of the <passgate-meter> element's own interface, per locale: labels, score names,
// the summary, the toggle and the breach states. Plain data, templates with `{name}` placeholders.
//
// Messages that have a code (rules, violations, feedback, passphrase advice, breach verdicts)
// are not here: the checker renders them in its locale (`checker.setLocale`), from the one set
// of catalogues in `i18n/`. Adding a locale is an entry there (with its `dir` in `locales`)
// and an entry here; a test checks that both lists match.
import { locales, type LocaleInfo } from "./i18n/locales.js";

/** A text per plural category (`Intl.PluralRules`), `{count}` filled in; `other` is the fallback. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** Every string of the meter's own interface in one language. */
export interface MeterStrings {
  /** Accessible name of the strength meter. */
  strengthLabel: string;
  /** Score labels, index = zxcvbn score 0..4. */
  scores: readonly [string, string, string, string, string];
  /** `aria-valuetext` of the meter: `{label}`, `{score}`. */
  valueText: string;
  /** Meter text and `aria-valuetext` before anything is typed. */
  noPassword: string;
  /** Visible strength line: `{label}`. */
  strengthLine: string;
  /** Strength line and `aria-valuetext` while the dictionaries load. */
  strengthLoading: string;
  /** Accessible name of the requirement list. */
  requirements: string;
  /** Visually hidden prefixes of a checklist item. */
  met: string;
  notMet: string;
  /** Requirement count: `{met}`, `{total}` (nothing typed, or every requirement met). */
  summary: string;
  /** The headline while requirements are unmet, by plural category of `{count}` (`other` required). */
  unmet: PluralForms;
  /** What the live region announces: `{summary}`, `{label}` (lower case). */
  announcement: string;
  /** The show/hide toggle (a toggle button: its label stays, `aria-pressed` changes). */
  showPassword: string;
  /** While the breach lookup runs. */
  breachChecking: string;
  /** Shown once the policy passes, before the lookup runs. */
  breachPending: string;
  /** The lookup failed (server down, slow, rate-limited, unreadable answer). */
  breachUnknown: string;
  /** The button that repeats a failed lookup. */
  breachRetry: string;
  /** Heading of the passphrase advice. */
  passphraseAdvice: string;
}

const en: MeterStrings = {
  strengthLabel: "Password strength",
  scores: ["Very weak", "Weak", "Fair", "Strong", "Very strong"],
  valueText: "{label} ({score} of 4)",
  noPassword: "No password yet",
  strengthLine: "Strength: {label}",
  strengthLoading: "Strength: loading…",
  requirements: "Password requirements",
  met: "Met:",
  notMet: "Not met:",
  summary: "{met} of {total} requirements met",
  unmet: { one: "{count} requirement not met", other: "{count} requirements not met" },
  announcement: "{summary}, strength {label}",
  showPassword: "Show password",
  breachChecking: "Checking known data breaches…",
  breachPending: "A breach check runs when you pause typing.",
  breachUnknown: "Couldn't check known breaches right now — try again.",
  breachRetry: "Try again",
  passphraseAdvice: "Passphrase tips",
};

const de: MeterStrings = {
  strengthLabel: "Passwortstärke",
  scores: ["Sehr schwach", "Schwach", "Mittel", "Stark", "Sehr stark"],
  valueText: "{label} ({score} von 4)",
  noPassword: "Noch kein Passwort",
  strengthLine: "Stärke: {label}",
  strengthLoading: "Stärke: wird geladen …",
  requirements: "Anforderungen an das Passwort",
  met: "Erfüllt:",
  notMet: "Nicht erfüllt:",
  summary: "{met} von {total} Anforderungen erfüllt",
  unmet: { one: "{count} Anforderung nicht erfüllt", other: "{count} Anforderungen nicht erfüllt" },
  announcement: "{summary}, Stärke {label}",
  showPassword: "Passwort anzeigen",
  breachChecking: "Bekannte Datenlecks werden geprüft …",
  breachPending: "Sobald Sie beim Tippen innehalten, wird auf bekannte Datenlecks geprüft.",
  breachUnknown: "Bekannte Datenlecks konnten gerade nicht geprüft werden – bitte versuchen Sie es erneut.",
  breachRetry: "Erneut versuchen",
  passphraseAdvice: "Tipps für Passphrasen",
};

const fr: MeterStrings = {
  strengthLabel: "Robustesse du mot de passe",
  scores: ["Très faible", "Faible", "Moyen", "Fort", "Très fort"],
  valueText: "{label} ({score} sur 4)",
  noPassword: "Aucun mot de passe pour l’instant",
  strengthLine: "Robustesse\u00a0: {label}",
  strengthLoading: "Robustesse\u00a0: chargement…",
  requirements: "Exigences du mot de passe",
  met: "Respectée\u00a0:",
  notMet: "Non respectée\u00a0:",
  summary: "Exigences respectées\u00a0: {met} sur {total}",
  unmet: { one: "{count} exigence non respectée", other: "{count} exigences non respectées" },
  announcement: "{summary}, robustesse {label}",
  showPassword: "Afficher le mot de passe",
  breachChecking: "Vérification des fuites de données connues…",
  breachPending: "La vérification des fuites de données se lance dès que vous faites une pause.",
  breachUnknown: "Impossible de vérifier les fuites de données connues pour le moment — réessayez.",
  breachRetry: "Réessayer",
  passphraseAdvice: "Conseils pour les phrases de passe",
};

const es: MeterStrings = {
  strengthLabel: "Seguridad de la contraseña",
  scores: ["Muy débil", "Débil", "Aceptable", "Fuerte", "Muy fuerte"],
  valueText: "{label} ({score} de 4)",
  noPassword: "Aún no hay contraseña",
  strengthLine: "Seguridad: {label}",
  strengthLoading: "Seguridad: cargando…",
  requirements: "Requisitos de la contraseña",
  met: "Cumplido:",
  notMet: "No cumplido:",
  summary: "Requisitos cumplidos: {met} de {total}",
  unmet: { one: "{count} requisito sin cumplir", other: "{count} requisitos sin cumplir" },
  announcement: "{summary}, seguridad {label}",
  showPassword: "Mostrar contraseña",
  breachChecking: "Comprobando filtraciones de datos conocidas…",
  breachPending: "Comprobaremos las filtraciones conocidas cuando hagas una pausa al escribir.",
  breachUnknown: "Ahora mismo no se han podido comprobar las filtraciones conocidas; inténtalo de nuevo.",
  breachRetry: "Reintentar",
  passphraseAdvice: "Consejos para frases de contraseña",
};

const ar: MeterStrings = {
  strengthLabel: "قوة كلمة المرور",
  scores: ["ضعيفة جدًا", "ضعيفة", "مقبولة", "قوية", "قوية جدًا"],
  valueText: "{label} ({score} من 4)",
  noPassword: "لم تُدخل كلمة مرور بعد",
  strengthLine: "القوة: {label}",
  strengthLoading: "القوة: جارٍ التحميل…",
  requirements: "متطلبات كلمة المرور",
  met: "مستوفى:",
  notMet: "غير مستوفى:",
  summary: "المتطلبات المستوفاة: {met} من {total}",
  unmet: {
    one: "متطلب واحد غير مستوفى",
    two: "متطلبان غير مستوفيين",
    few: "{count} متطلبات غير مستوفاة",
    many: "{count} متطلبًا غير مستوفى",
    other: "{count} متطلب غير مستوفى",
  },
  announcement: "{summary}، القوة {label}",
  showPassword: "إظهار كلمة المرور",
  breachChecking: "جارٍ التحقق من تسريبات البيانات المعروفة…",
  breachPending: "يجري التحقق من تسريبات البيانات المعروفة عندما تتوقف عن الكتابة.",
  breachUnknown: "تعذّر التحقق من التسريبات المعروفة الآن — حاول مرة أخرى.",
  breachRetry: "إعادة المحاولة",
  passphraseAdvice: "نصائح لعبارات المرور",
};

/** The meter's strings for every shipped locale (the ids of `locales`), by locale id. */
export const meterLocales: Readonly<Record<string, MeterStrings>> = { en, de, fr, es, ar };

/** A shipped locale chosen for a language tag, with the meter's strings in it. */
export interface MeterLocale extends LocaleInfo {
  readonly strings: MeterStrings;
}

/**
 * Picks the best shipped locale for a tag: exact id, then the language alone (`de-AT` → `de`),
 * then English.
 */
export function meterLocaleFor(tag: string | null | undefined): MeterLocale {
  const wanted = (tag ?? "").trim().toLowerCase();
  const language = wanted.split(/[-_]/)[0] ?? "";
  for (const candidate of [wanted, language]) {
    const info = locales.find((locale) => locale.id.toLowerCase() === candidate);
    const strings = info ? meterLocales[info.id] : undefined;
    if (info && strings) return { ...info, strings };
  }
  const english = locales[0] ?? { id: "en", name: "English", dir: "ltr" as const };
  return { ...english, strings: en };
}

/** The form of `forms` for `count` in locale `id`, with `{count}` filled in. */
export function plural(forms: PluralForms, count: number, id: string): string {
  const category = new Intl.PluralRules(id).select(count);
  return fillTemplate(forms[category] ?? forms.other, { count });
}

/** Fills `{name}` placeholders from `params`; unknown placeholders are left as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined || value === null ? whole : String(value);
  });
}
