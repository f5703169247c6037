// Arabic messages (right to left). Keys and placeholders follow the English catalogue (en.ts).
// Counts use all six Arabic plural categories through Intl.PluralRules("ar").
import type { Catalogue } from "./format.js";

/** `{name, plural, ...}` with the Arabic forms: one, two, few (3–10), many (11–99), other. */
function counted(name: string, one: string, two: string, few: string, many: string, other: string): string {
  return `{${name}, plural, one {${one}} two {${two}} few {# ${few}} many {# ${many}} other {# ${other}}}`;
}

const characters = (name: string) => counted(name, "حرف واحد", "حرفان", "أحرف", "حرفًا", "حرف");
const bytes = (name: string) => counted(name, "بايت واحد", "بايتان", "بايت", "بايتًا", "بايت");
const times = (name: string) => counted(name, "مرة واحدة", "مرتين", "مرات", "مرة", "مرة");

export const ar: Catalogue = {
  "violation.tooShort": `استخدم ${characters("min")} على الأقل (في هذه ${characters("actual")}).`,
  "violation.tooLong": `استخدم ${characters("max")} على الأكثر (في هذه ${characters("actual")}).`,
  "violation.tooManyBytes": `{ascii, select, true {استخدم ${characters("max")} على الأكثر (في هذه ${characters("actual")}).} other {هذه طويلة جدًا: استخدم ${bytes("max")} على الأكثر (في هذه ${bytes("actual")}؛ الحروف العربية والأحرف غير الإنجليزية الأخرى تأخذ من 2 إلى 4 بايت لكل منها).}}`,
  "violation.missingRequiredClasses": "أضف {missing, classes, and}.",
  "violation.missingClasses": `استخدم ${counted("required", "نوعًا واحدًا", "نوعين", "أنواع", "نوعًا", "نوع")} من الأحرف على الأقل (في هذه {found}): أضف {missing, classes, or}.`,
  "violation.disallowedCharacters": "لا يمكن استخدام هذه الأحرف: {characters, quoted}.",
  "violation.repeatedCharacters": `لا تكرر حرفًا أكثر من ${times("max")} متتالية (في هذه ${times("actual")}).`,
  "violation.commonPassword": "هذه كلمة مرور شائعة الاستخدام. اختر شيئًا يصعب توقعه.",
  "violation.containsContextWord":
    "لا تبنِ كلمة المرور من {field, select, username {اسم المستخدم الخاص بك} email {عنوان بريدك الإلكتروني} firstName {اسمك الأول} lastName {اسم عائلتك} tenant {اسم مؤسستك} other {بياناتك الشخصية}} ({word, quoted}).",
  "violation.bannedWordScore":
    "هذه قريبة جدًا من كلمات محظورة شائعة ({points} من {required} نقاط). أضف المزيد من كلماتك أو أحرفك الخاصة.",
  "violation.tooWeak": "من السهل جدًا تخمين هذه (القوة {score} من 4، والمطلوب {minScore}).",

  "rule.minLength": `${characters("min")} على الأقل`,
  "rule.maxLength": `${characters("max")} على الأكثر`,
  "rule.maxBytes": `{ascii, select, true {${characters("max")}} other {${bytes("max")}}} على الأكثر`,
  "rule.requiredClasses": "تتضمن {classes, classes, and}",
  "rule.minClasses": "{min} على الأقل من هذه: {classes, classes, and}",
  "rule.allowedCharacters": "تستخدم الأحرف المسموح بها فقط",
  "rule.maxRepeated": `لا يتكرر أي حرف أكثر من ${times("max")} متتالية`,
  "rule.blocklist": "ليست كلمة مرور شائعة الاستخدام",
  "rule.contextWords": "لا تحتوي على اسمك أو اسم المستخدم أو بريدك الإلكتروني أو اسم الخدمة",
  "rule.bannedWords": "غير مبنية من كلمات محظورة شائعة",
  "rule.minScore": "قوة لا تقل عن {min} من 4",

  "term.global":
    "{term, quoted} كلمة مرور شائعة الاستخدام{match, select, substituted { (استبدال الحروف بأحرف مشابهة مثل 0 بدل o لا يخفيها)} oneEdit { (تغيير حرف واحد لا يخفيها)} other {}}.",
  "term.custom":
    "{term, quoted} مدرجة في قائمة الكلمات المحظورة لدى مؤسستك{match, select, substituted { (استبدال الحروف بأحرف مشابهة مثل 0 بدل o لا يخفيها)} oneEdit { (تغيير حرف واحد لا يخفيها)} other {}}.",
  "term.name":
    "{term, quoted} هو اسمك{match, select, substituted { (استبدال الحروف بأحرف مشابهة مثل 0 بدل o لا يخفيها)} other {}}.",
  "term.tenant":
    "{term, quoted} هو اسم مؤسستك{match, select, substituted { (استبدال الحروف بأحرف مشابهة مثل 0 بدل o لا يخفيها)} other {}}.",

  "class.lowercase": "أحرف صغيرة",
  "class.uppercase": "أحرف كبيرة",
  "class.digit": "أرقام",
  "class.symbol": "رموز",
  "class.otherLetter": "أحرف بلا حالة (مثل العربية)",
  "class.letter": "أحرف",

  "warning.keyboardRow": "من السهل تخمين صف مستقيم من المفاتيح.",
  "warning.keyboardPattern": "من السهل تخمين الأنماط القصيرة على لوحة المفاتيح.",
  "warning.repeatedCharacter": "من السهل تخمين حرف مكرر مرارًا.",
  "warning.repeatedGroup": "تكرار مجموعة من الأحرف لا يجعل التخمين أصعب إلا قليلًا.",
  "warning.topTenPassword": "هذه واحدة من أكثر عشر كلمات مرور شيوعًا.",
  "warning.topHundredPassword": "هذه واحدة من أكثر مئة كلمة مرور شيوعًا.",
  "warning.veryCommonPassword": "هذه كلمة مرور شائعة جدًا.",
  "warning.similarToCommonPassword": "هذه قريبة من كلمة مرور شائعة الاستخدام.",
  "warning.sequence": "من السهل تخمين التسلسلات مثل abcd أو 6543.",
  "warning.recentYear": "من السهل تخمين السنوات الأخيرة.",
  "warning.singleWord": "من السهل تخمين كلمة واحدة.",
  "warning.date": "من السهل تخمين التواريخ.",
  "warning.nameAlone": "من السهل تخمين اسم أو اسم عائلة بمفرده.",
  "warning.commonName": "من السهل تخمين الأسماء وأسماء العائلات الشائعة.",

  "suggestion.useFewWords": "استخدم عدة كلمات، وتجنب العبارات المعروفة.",
  "suggestion.noNeedForSymbols": "لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.",
  "suggestion.addAnotherWord": "أضف كلمة أو كلمتين؛ والكلمات غير المألوفة أفضل.",
  "suggestion.capitalizationHelpsLittle": "كتابة أول حرف من الكلمة كبيرًا لا تضيف قوة تُذكر.",
  "suggestion.allUppercaseHelpsLittle": "الأحرف الكبيرة كلها يسهل تخمينها تقريبًا مثل الأحرف الصغيرة كلها.",
  "suggestion.reversedWordsHelpLittle": "الكلمات المكتوبة بالعكس ليست أصعب في التخمين بكثير.",
  "suggestion.substitutionsHelpLittle": "الاستبدالات المتوقعة مثل @ بدل a لا تضيف قوة تُذكر.",
  "suggestion.longerKeyboardPattern": "إذا استخدمت نمطًا على لوحة المفاتيح، فاجعله أطول وبانعطافات أكثر.",
  "suggestion.avoidRepeats": "تجنب تكرار الكلمات والأحرف.",
  "suggestion.avoidSequences": "تجنب التسلسلات.",
  "suggestion.avoidRecentYears": "تجنب السنوات الأخيرة.",
  "suggestion.avoidPersonalYears": "تجنب السنوات المرتبطة بك.",
  "suggestion.avoidPersonalDates": "تجنب التواريخ والسنوات المرتبطة بك.",

  "note.generatedPassphrase":
    "يبدو هذا عبارة مرور مولَّدة: قوتها الدقيقة معروضة في تفاصيل عبارة المرور، والدرجة هنا مجرد تقدير.",

  "duration.lessThanASecond": "أقل من ثانية",
  "duration.second": counted("count", "ثانية واحدة", "ثانيتان", "ثوانٍ", "ثانية", "ثانية"),
  "duration.minute": counted("count", "دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة", "دقيقة"),
  "duration.hour": counted("count", "ساعة واحدة", "ساعتان", "ساعات", "ساعة", "ساعة"),
  "duration.day": counted("count", "يوم واحد", "يومان", "أيام", "يومًا", "يوم"),
  "duration.month": counted("count", "شهر واحد", "شهران", "أشهر", "شهرًا", "شهر"),
  "duration.year": counted("count", "سنة واحدة", "سنتان", "سنوات", "سنة", "سنة"),
  "duration.century": "قرون",

  "advice.addWord": "أضف كلمة أخرى: أربع كلمات غير مترابطة أو أكثر تصنع عبارة مرور قوية.",
  "advice.uncommonWords": "استخدم كلمات أقل شيوعًا: هذه من أكثر الكلمات تكرارًا.",
  "advice.avoidCommonPhrase": "تجنب العبارات والاقتباسات وكلمات الأغاني المعروفة: اختر كلمات غير مترابطة.",
  "advice.generatedStyle": "يبدو هذا عبارة مرور مولَّدة: إنتروبيتها دقيقة، ودرجة القوة مجرد تقدير.",

  "adjustment.capitalized": "كُتب أول حرف من كل كلمة كبيرًا لاستيفاء سياسة كلمات المرور.",
  "adjustment.addedNumber": "أُضيف رقم لاستيفاء سياسة كلمات المرور.",
  "adjustment.changedSeparator": "غُيّر الفاصل لاستيفاء سياسة كلمات المرور.",
  "adjustment.addedWords": "أُضيفت كلمات للوصول إلى الحد الأدنى للطول.",
  "adjustment.removedWords": "حُذفت كلمات للبقاء ضمن الحد الأقصى للطول.",
  "adjustment.skippedDoubledLetters":
    "استُخدمت فقط كلمات لا يتكرر فيها حرف مرتين متتاليتين لاستيفاء سياسة كلمات المرور.",

  "unsatisfiable.caselessLetter":
    "لا يمكن لأي عبارة مرور أن تستوفي السياسة: فهي تتطلب حرفًا لا يُفرَّق فيه بين الكبير والصغير (كما في الصينية أو العربية)، وقائمة الكلمات لا تحتوي على أي منها.",
  "unsatisfiable.tooManyClasses": `لا يمكن لأي عبارة مرور أن تستوفي السياسة: فهي تتطلب ${counted("required", "نوعًا واحدًا", "نوعين", "أنواع", "نوعًا", "نوع")} من الأحرف، ولا يوجد سوى 4 أنواع.`,
  "unsatisfiable.noSymbolSeparator":
    "لا يمكن لأي عبارة مرور أن تستوفي السياسة: فهي تتطلب رمزًا، ولا تسمح بأي من {separators, quoted} فاصلًا.",
  "unsatisfiable.disallowedCharacter":
    "لا يمكن لأي عبارة مرور أن تستوفي السياسة: فهي لا تسمح بـ {character, quoted}، وعبارات المرور تحتاج إليه.",
  "unsatisfiable.unavoidableRepeats": `لا يمكن لأي عبارة مرور أن تستوفي السياسة: لا يوجد فاصل تسمح به يمنع تكرار أي حرف أكثر من ${times("max")} متتالية.`,
  "unsatisfiable.tooManyWords":
    "لا يمكن لأي عبارة مرور أن تستوفي السياسة: الحد الأدنى للطول {minLength} يحتاج إلى أكثر من {maxWords} كلمة.",
  "unsatisfiable.tooLong": `لا يمكن لأي عبارة مرور أن تستوفي السياسة: قد يصل طول ${counted("words", "كلمة واحدة", "كلمتين", "كلمات", "كلمة", "كلمة")} إلى ${characters("length")}، وهذا أكثر من الحد الأقصى البالغ {maxLength}.`,
  "unsatisfiable.tooManyBytes": `لا يمكن لأي عبارة مرور أن تستوفي السياسة: قد يصل طول ${counted("words", "كلمة واحدة", "كلمتين", "كلمات", "كلمة", "كلمة")} إلى {bytes} بايت، وهذا أكثر من الحد الأقصى البالغ {maxBytes}.`,
  "unsatisfiable.failedCheck":
    "لم تجتز عبارة مرور مولَّدة فحص السياسة نفسها (القاعدة {rule})؛ لم يُرجَع شيء.",

  "unknownReason.timeout": "لم تستجب خدمة كلمات المرور المسرّبة في الوقت المحدد.",
  "unknownReason.network": "تعذّر الوصول إلى خدمة كلمات المرور المسرّبة.",
  "unknownReason.http": "أعادت خدمة كلمات المرور المسرّبة خطأً.",
  "unknownReason.malformed": "أرسلت خدمة كلمات المرور المسرّبة ردًا غير مقروء.",
  "unknownReason.empty": "لا توجد كلمة مرور للتحقق منها.",

  "breach.breached": `ظهرت كلمة المرور هذه في تسريبات البيانات ${times("count")}. اختر كلمة مرور أخرى.`,
  "breach.clear": "لم يُعثر على كلمة المرور هذه في أي تسريب بيانات معروف.",
  "server.passwordReused":
    "لقد استخدمت كلمة المرور هذه في هذا الحساب من قبل. اختر كلمة مرور لم تستخدمها هنا.",
  "server.changedTooRecently":
    "تم تغيير كلمة المرور مؤخرًا جدًا بحيث لا يمكن تغييرها الآن. حاول مرة أخرى لاحقًا.",
  "server.accountPolicy":
    "سياسة الحسابات في مؤسستك لا تقبل كلمة المرور هذه. اختر كلمة مرور أخرى.",

  "format.quote": "«{item}»",
};
