// French messages. Keys and placeholders follow the English catalogue (en.ts).
import type { Catalogue } from "./format.js";

export const fr: Catalogue = {
  "violation.tooShort":
    "Utilisez au moins {min, plural, one {# caractère} other {# caractères}} (celui-ci en a {actual}).",
  "violation.tooLong":
    "Utilisez au plus {max, plural, one {# caractère} other {# caractères}} (celui-ci en a {actual}).",
  "violation.tooManyBytes":
    "{ascii, select, true {Utilisez au plus {max, plural, one {# caractère} other {# caractères}} (celui-ci en a {actual}).} other {C’est trop long : utilisez au plus {max} octets (celui-ci en a {actual} ; les lettres accentuées et les autres caractères non anglais prennent de 2 à 4 octets chacun).}}",
  "violation.missingRequiredClasses": "Ajoutez des {missing, classes, and}.",
  "violation.missingClasses":
    "Utilisez au moins {required} types de caractères (celui-ci en a {found}) : ajoutez des {missing, classes, or}.",
  "violation.disallowedCharacters": "Ces caractères ne sont pas autorisés : {characters, quoted}.",
  "violation.repeatedCharacters":
    "Ne répétez pas un caractère plus de {max, plural, one {# fois} other {# fois}} d’affilée (celui-ci : {actual}).",
  "violation.commonPassword": "C’est un mot de passe très utilisé. Choisissez quelque chose de moins prévisible.",
  "violation.containsContextWord":
    "Ne construisez pas votre mot de passe à partir de {field, select, username {votre nom d’utilisateur} email {votre adresse e-mail} firstName {votre prénom} lastName {votre nom de famille} tenant {le nom de votre organisation} other {vos informations personnelles}} ({word, quoted}).",
  "violation.bannedWordScore":
    "C’est trop proche de mots couramment interdits ({points} points sur {required}). Ajoutez davantage de mots ou de caractères à vous.",
  "violation.tooWeak": "C’est trop facile à deviner (force {score} sur 4, {minScore} requis).",

  "rule.minLength": "Au moins {min, plural, one {# caractère} other {# caractères}}",
  "rule.maxLength": "Au plus {max, plural, one {# caractère} other {# caractères}}",
  "rule.maxBytes":
    "Au plus {ascii, select, true {{max, plural, one {# caractère} other {# caractères}}} other {{max, plural, one {# octet} other {# octets}}}}",
  "rule.requiredClasses": "Contient des {classes, classes, and}",
  "rule.minClasses": "Au moins {min} parmi : {classes, classes, and}",
  "rule.allowedCharacters": "N’utilise que des caractères autorisés",
  "rule.maxRepeated": "Aucun caractère répété plus de {max} fois d’affilée",
  "rule.blocklist": "Pas un mot de passe courant",
  "rule.contextWords": "Ne contient ni votre nom, ni votre identifiant, ni votre e-mail, ni le nom du service",
  "rule.bannedWords": "Pas construit à partir de mots couramment interdits",
  "rule.minScore": "Force d’au moins {min} sur 4",

  "term.global":
    "{term, quoted} est un mot de passe couramment utilisé{match, select, substituted { (remplacer des lettres par des caractères ressemblants, comme 0 pour o, ne le cache pas)} oneEdit { (changer un caractère ne le cache pas)} other {}}.",
  "term.custom":
    "{term, quoted} figure sur la liste de mots interdits de votre organisation{match, select, substituted { (remplacer des lettres par des caractères ressemblants, comme 0 pour o, ne le cache pas)} oneEdit { (changer un caractère ne le cache pas)} other {}}.",
  "term.name":
    "{term, quoted} est votre nom{match, select, substituted { (remplacer des lettres par des caractères ressemblants, comme 0 pour o, ne le cache pas)} other {}}.",
  "term.tenant":
    "{term, quoted} est le nom de votre organisation{match, select, substituted { (remplacer des lettres par des caractères ressemblants, comme 0 pour o, ne le cache pas)} other {}}.",

  "class.lowercase": "minuscules",
  "class.uppercase": "majuscules",
  "class.digit": "chiffres",
  "class.symbol": "symboles",
  "class.otherLetter": "lettres sans casse",
  "class.letter": "lettres",

  "warning.keyboardRow": "Une rangée de touches est facile à deviner.",
  "warning.keyboardPattern": "Les motifs courts sur le clavier sont faciles à deviner.",
  "warning.repeatedCharacter": "Un caractère répété encore et encore est facile à deviner.",
  "warning.repeatedGroup": "Répéter un groupe de caractères ne le rend guère plus difficile à deviner.",
  "warning.topTenPassword": "C’est l’un des dix mots de passe les plus courants.",
  "warning.topHundredPassword": "C’est l’un des cent mots de passe les plus courants.",
  "warning.veryCommonPassword": "C’est un mot de passe très courant.",
  "warning.similarToCommonPassword": "C’est proche d’un mot de passe couramment utilisé.",
  "warning.sequence": "Les suites comme abcd ou 6543 sont faciles à deviner.",
  "warning.recentYear": "Les années récentes sont faciles à deviner.",
  "warning.singleWord": "Un mot seul est facile à deviner.",
  "warning.date": "Les dates sont faciles à deviner.",
  "warning.nameAlone": "Un prénom ou un nom seul est facile à deviner.",
  "warning.commonName": "Les prénoms et noms courants sont faciles à deviner.",

  "suggestion.useFewWords": "Utilisez plusieurs mots et évitez les expressions connues.",
  "suggestion.noNeedForSymbols": "Les symboles, chiffres et majuscules ne sont pas nécessaires.",
  "suggestion.addAnotherWord": "Ajoutez un ou deux mots ; les mots inhabituels sont les meilleurs.",
  "suggestion.capitalizationHelpsLittle": "Mettre une majuscule à un mot n’ajoute pas grand-chose.",
  "suggestion.allUppercaseHelpsLittle": "Tout en majuscules est presque aussi facile à deviner que tout en minuscules.",
  "suggestion.reversedWordsHelpLittle": "Les mots écrits à l’envers ne sont guère plus difficiles à deviner.",
  "suggestion.substitutionsHelpLittle": "Les substitutions prévisibles comme @ pour a n’ajoutent pas grand-chose.",
  "suggestion.longerKeyboardPattern": "Si vous utilisez un motif de clavier, rendez-le plus long avec plus de changements de direction.",
  "suggestion.avoidRepeats": "Évitez de répéter des mots et des caractères.",
  "suggestion.avoidSequences": "Évitez les suites.",
  "suggestion.avoidRecentYears": "Évitez les années récentes.",
  "suggestion.avoidPersonalYears": "Évitez les années qui vous sont liées.",
  "suggestion.avoidPersonalDates": "Évitez les dates et années qui vous sont liées.",

  "note.generatedPassphrase":
    "Cela ressemble à une phrase de passe générée : sa force exacte figure dans les détails de la phrase de passe ; le score ici n’est qu’une estimation.",

  "duration.lessThanASecond": "moins d’une seconde",
  "duration.second": "{count, plural, one {# seconde} other {# secondes}}",
  "duration.minute": "{count, plural, one {# minute} other {# minutes}}",
  "duration.hour": "{count, plural, one {# heure} other {# heures}}",
  "duration.day": "{count, plural, one {# jour} other {# jours}}",
  "duration.month": "{count, plural, other {# mois}}",
  "duration.year": "{count, plural, one {# an} other {# ans}}",
  "duration.century": "des siècles",

  "advice.addWord": "Ajoutez un mot : quatre mots sans rapport entre eux ou plus font une phrase de passe solide.",
  "advice.uncommonWords": "Utilisez des mots moins courants : ceux-ci font partie des plus fréquents.",
  "advice.avoidCommonPhrase":
    "Évitez les expressions, citations et paroles de chansons connues : choisissez des mots sans rapport entre eux.",
  "advice.generatedStyle":
    "Cela ressemble à une phrase de passe générée : son entropie est exacte, le score de force n’est qu’une estimation.",

  "adjustment.capitalized": "Chaque mot commence par une majuscule pour respecter la politique de mots de passe.",
  "adjustment.addedNumber": "Un nombre a été ajouté pour respecter la politique de mots de passe.",
  "adjustment.changedSeparator": "Le séparateur a été changé pour respecter la politique de mots de passe.",
  "adjustment.addedWords": "Des mots ont été ajoutés pour atteindre la longueur minimale.",
  "adjustment.removedWords": "Des mots ont été retirés pour rester sous la longueur maximale.",
  "adjustment.skippedDoubledLetters":
    "Seuls des mots sans lettre doublée ont été utilisés pour respecter la politique de mots de passe.",

  "unsatisfiable.caselessLetter":
    "Aucune phrase de passe ne peut respecter la politique : elle exige une lettre sans casse (comme en chinois ou en arabe), et la liste de mots n’en contient aucune.",
  "unsatisfiable.tooManyClasses":
    "Aucune phrase de passe ne peut respecter la politique : elle exige {required} types de caractères, mais il n’y en a que 4.",
  "unsatisfiable.noSymbolSeparator":
    "Aucune phrase de passe ne peut respecter la politique : elle exige un symbole, mais n’autorise aucun de {separators, quoted} comme séparateur.",
  "unsatisfiable.disallowedCharacter":
    "Aucune phrase de passe ne peut respecter la politique : elle n’autorise pas {character, quoted}, dont les phrases de passe ont besoin.",
  "unsatisfiable.unavoidableRepeats":
    "Aucune phrase de passe ne peut respecter la politique : aucun séparateur autorisé ne limite chaque caractère à {max} d’affilée au plus.",
  "unsatisfiable.tooManyWords":
    "Aucune phrase de passe ne peut respecter la politique : une longueur minimale de {minLength} demande plus de {maxWords} mots.",
  "unsatisfiable.tooLong":
    "Aucune phrase de passe ne peut respecter la politique : {words} mots peuvent atteindre {length} caractères, au-delà du maximum de {maxLength}.",
  "unsatisfiable.tooManyBytes":
    "Aucune phrase de passe ne peut respecter la politique : {words} mots peuvent atteindre {bytes} octets, au-delà du maximum de {maxBytes}.",
  "unsatisfiable.failedCheck":
    "Une phrase de passe générée a échoué à la vérification de la politique (règle {rule}) ; rien n’a été renvoyé.",

  "unknownReason.timeout": "Le service de mots de passe divulgués n’a pas répondu à temps.",
  "unknownReason.network": "Le service de mots de passe divulgués est injoignable.",
  "unknownReason.http": "Le service de mots de passe divulgués a renvoyé une erreur.",
  "unknownReason.malformed": "Le service de mots de passe divulgués a envoyé une réponse illisible.",
  "unknownReason.empty": "Il n’y a aucun mot de passe à vérifier.",

  "breach.breached":
    "Ce mot de passe est apparu {count, plural, one {une fois} other {# fois}} dans des fuites de données. Choisissez-en un autre.",
  "breach.clear": "Ce mot de passe ne figure dans aucune fuite de données connue.",
  "server.passwordReused":
    "Vous avez déjà utilisé ce mot de passe pour ce compte. Choisissez-en un que vous n’avez pas encore utilisé ici.",
  "server.changedTooRecently":
    "Votre mot de passe a été changé trop récemment pour être changé à nouveau maintenant. Réessayez plus tard.",
  "server.accountPolicy":
    "La politique de compte de votre organisation n’accepte pas ce mot de passe. Choisissez-en un autre.",

  "format.quote": "«\u00a0{item}\u00a0»",
};
