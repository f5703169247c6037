// German messages. Keys and placeholders follow the English catalogue (en.ts).
import type { Catalogue } from "./format.js";

export const de: Catalogue = {
  "violation.tooShort": "Verwenden Sie mindestens {min} Zeichen (bisher {actual}).",
  "violation.tooLong": "Verwenden Sie höchstens {max} Zeichen (bisher {actual}).",
  "violation.tooManyBytes":
    "{ascii, select, true {Verwenden Sie höchstens {max} Zeichen (bisher {actual}).} other {Das ist zu lang: höchstens {max} Byte (bisher {actual}; Buchstaben mit Akzent und andere nicht englische Zeichen belegen je 2 bis 4 Byte).}}",
  "violation.missingRequiredClasses": "Fügen Sie {missing, classes, and} hinzu.",
  "violation.missingClasses":
    "Verwenden Sie mindestens {required} Zeichenarten (bisher {found}): Fügen Sie {missing, classes, or} hinzu.",
  "violation.disallowedCharacters": "Diese Zeichen sind nicht erlaubt: {characters, quoted}.",
  "violation.repeatedCharacters":
    "Wiederholen Sie ein Zeichen höchstens {max, plural, one {einmal} other {# Mal}} hintereinander (bisher {actual, plural, one {einmal} other {# Mal}}).",
  "violation.commonPassword": "Dieses Passwort wird häufig verwendet. Wählen Sie etwas weniger Vorhersehbares.",
  "violation.containsContextWord":
    "Bauen Sie Ihr Passwort nicht aus {field, select, username {Ihrem Benutzernamen} email {Ihrer E-Mail-Adresse} firstName {Ihrem Vornamen} lastName {Ihrem Nachnamen} tenant {dem Namen Ihrer Organisation} other {Ihren eigenen Angaben}} auf ({word, quoted}).",
  "violation.bannedWordScore":
    "Das ist zu nah an häufig gesperrten Wörtern ({points} von {required} Punkten). Fügen Sie mehr eigene Wörter oder Zeichen hinzu.",
  "violation.tooWeak": "Das ist zu leicht zu erraten (Stärke {score} von 4, {minScore} erforderlich).",

  "rule.minLength": "Mindestens {min} Zeichen",
  "rule.maxLength": "Höchstens {max} Zeichen",
  "rule.maxBytes": "Höchstens {max} {ascii, select, true {Zeichen} other {Byte}}",
  "rule.requiredClasses": "Enthält {classes, classes, and}",
  "rule.minClasses": "Mindestens {min} davon: {classes, classes, and}",
  "rule.allowedCharacters": "Nur erlaubte Zeichen",
  "rule.maxRepeated": "Kein Zeichen mehr als {max, plural, one {einmal} other {# Mal}} hintereinander",
  "rule.blocklist": "Kein häufig verwendetes Passwort",
  "rule.contextWords": "Enthält weder Ihren Namen, Benutzernamen, Ihre E-Mail-Adresse noch den Namen des Dienstes",
  "rule.bannedWords": "Nicht aus häufig gesperrten Wörtern aufgebaut",
  "rule.minScore": "Stärke mindestens {min} von 4",

  "term.global":
    "{term, quoted} ist ein häufig verwendetes Passwort{match, select, substituted { (auch mit ähnlichen Zeichen wie 0 statt o)} oneEdit { (auch mit einem geänderten Zeichen)} other {}}.",
  "term.custom":
    "{term, quoted} steht auf der Liste gesperrter Wörter Ihrer Organisation{match, select, substituted { (auch mit ähnlichen Zeichen wie 0 statt o)} oneEdit { (auch mit einem geänderten Zeichen)} other {}}.",
  "term.name":
    "{term, quoted} ist Ihr Name{match, select, substituted { (auch mit ähnlichen Zeichen wie 0 statt o)} other {}}.",
  "term.tenant":
    "{term, quoted} ist der Name Ihrer Organisation{match, select, substituted { (auch mit ähnlichen Zeichen wie 0 statt o)} other {}}.",

  "class.lowercase": "Kleinbuchstaben",
  "class.uppercase": "Großbuchstaben",
  "class.digit": "Ziffern",
  "class.symbol": "Sonderzeichen",
  "class.otherLetter": "Buchstaben ohne Groß-/Kleinschreibung",
  "class.letter": "Buchstaben",

  "warning.keyboardRow": "Eine gerade Tastenreihe ist leicht zu erraten.",
  "warning.keyboardPattern": "Kurze Tastaturmuster sind leicht zu erraten.",
  "warning.repeatedCharacter": "Ein immer wieder wiederholtes Zeichen ist leicht zu erraten.",
  "warning.repeatedGroup": "Eine wiederholte Zeichengruppe macht das Erraten kaum schwerer.",
  "warning.topTenPassword": "Das ist eines der zehn häufigsten Passwörter.",
  "warning.topHundredPassword": "Das ist eines der hundert häufigsten Passwörter.",
  "warning.veryCommonPassword": "Das ist ein sehr häufiges Passwort.",
  "warning.similarToCommonPassword": "Das ähnelt einem häufig verwendeten Passwort.",
  "warning.sequence": "Folgen wie abcd oder 6543 sind leicht zu erraten.",
  "warning.recentYear": "Jahreszahlen der letzten Jahre sind leicht zu erraten.",
  "warning.singleWord": "Ein einzelnes Wort ist leicht zu erraten.",
  "warning.date": "Datumsangaben sind leicht zu erraten.",
  "warning.nameAlone": "Ein Vor- oder Nachname allein ist leicht zu erraten.",
  "warning.commonName": "Häufige Vor- und Nachnamen sind leicht zu erraten.",

  "suggestion.useFewWords": "Verwenden Sie mehrere Wörter und vermeiden Sie bekannte Redewendungen.",
  "suggestion.noNeedForSymbols": "Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.",
  "suggestion.addAnotherWord": "Fügen Sie ein oder zwei weitere Wörter hinzu; ungewöhnliche Wörter sind am besten.",
  "suggestion.capitalizationHelpsLittle": "Ein großgeschriebener Anfangsbuchstabe macht kaum stärker.",
  "suggestion.allUppercaseHelpsLittle": "Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.",
  "suggestion.reversedWordsHelpLittle": "Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.",
  "suggestion.substitutionsHelpLittle": "Vorhersehbare Ersetzungen wie @ für a bringen wenig.",
  "suggestion.longerKeyboardPattern": "Wenn Sie ein Tastaturmuster verwenden, machen Sie es länger und mit mehr Richtungswechseln.",
  "suggestion.avoidRepeats": "Vermeiden Sie wiederholte Wörter und Zeichen.",
  "suggestion.avoidSequences": "Vermeiden Sie Folgen.",
  "suggestion.avoidRecentYears": "Vermeiden Sie Jahreszahlen der letzten Jahre.",
  "suggestion.avoidPersonalYears": "Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.",
  "suggestion.avoidPersonalDates": "Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.",

  "note.generatedPassphrase":
    "Das sieht nach einer generierten Passphrase aus: Ihre genaue Stärke steht in den Passphrase-Details; der Wert hier ist nur eine Schätzung.",

  "duration.lessThanASecond": "weniger als eine Sekunde",
  "duration.second": "{count, plural, one {# Sekunde} other {# Sekunden}}",
  "duration.minute": "{count, plural, one {# Minute} other {# Minuten}}",
  "duration.hour": "{count, plural, one {# Stunde} other {# Stunden}}",
  "duration.day": "{count, plural, one {# Tag} other {# Tage}}",
  "duration.month": "{count, plural, one {# Monat} other {# Monate}}",
  "duration.year": "{count, plural, one {# Jahr} other {# Jahre}}",
  "duration.century": "Jahrhunderte",

  "advice.addWord": "Fügen Sie ein weiteres Wort hinzu: Vier oder mehr unzusammenhängende Wörter ergeben eine starke Passphrase.",
  "advice.uncommonWords": "Verwenden Sie seltenere Wörter: Diese gehören zu den häufigsten.",
  "advice.avoidCommonPhrase": "Vermeiden Sie bekannte Redewendungen, Zitate und Liedtexte: Wählen Sie unzusammenhängende Wörter.",
  "advice.generatedStyle":
    "Das sieht nach einer generierten Passphrase aus: Ihre Entropie ist exakt, der Stärkewert nur eine Schätzung.",

  "adjustment.capitalized": "Jedes Wort großgeschrieben, um die Passwortrichtlinie zu erfüllen.",
  "adjustment.addedNumber": "Eine Zahl hinzugefügt, um die Passwortrichtlinie zu erfüllen.",
  "adjustment.changedSeparator": "Das Trennzeichen geändert, um die Passwortrichtlinie zu erfüllen.",
  "adjustment.addedWords": "Wörter hinzugefügt, um die Mindestlänge zu erreichen.",
  "adjustment.removedWords": "Wörter entfernt, um die Höchstlänge einzuhalten.",
  "adjustment.skippedDoubledLetters":
    "Nur Wörter ohne doppelten Buchstaben verwendet, um die Passwortrichtlinie zu erfüllen.",

  "unsatisfiable.caselessLetter":
    "Keine Passphrase kann die Richtlinie erfüllen: Sie verlangt einen Buchstaben ohne Groß-/Kleinschreibung (wie im Chinesischen oder Arabischen), und die Wortliste hat keinen.",
  "unsatisfiable.tooManyClasses":
    "Keine Passphrase kann die Richtlinie erfüllen: Sie verlangt {required} Zeichenarten, es gibt aber nur 4.",
  "unsatisfiable.noSymbolSeparator":
    "Keine Passphrase kann die Richtlinie erfüllen: Sie verlangt ein Sonderzeichen, erlaubt aber keines von {separators, quoted} als Trennzeichen.",
  "unsatisfiable.disallowedCharacter":
    "Keine Passphrase kann die Richtlinie erfüllen: Sie erlaubt {character, quoted} nicht, das Passphrasen brauchen.",
  "unsatisfiable.unavoidableRepeats":
    "Keine Passphrase kann die Richtlinie erfüllen: Mit keinem erlaubten Trennzeichen steht jedes Zeichen höchstens {max, plural, one {einmal} other {# Mal}} hintereinander.",
  "unsatisfiable.tooManyWords":
    "Keine Passphrase kann die Richtlinie erfüllen: Eine Mindestlänge von {minLength} Zeichen braucht mehr als {maxWords} Wörter.",
  "unsatisfiable.tooLong":
    "Keine Passphrase kann die Richtlinie erfüllen: {words} Wörter können bis zu {length} Zeichen lang sein, mehr als die erlaubten {maxLength}.",
  "unsatisfiable.tooManyBytes":
    "Keine Passphrase kann die Richtlinie erfüllen: {words} Wörter können bis zu {bytes} Bytes lang sein, mehr als die erlaubten {maxBytes}.",
  "unsatisfiable.failedCheck":
    "Eine erzeugte Passphrase hat die Prüfung der Richtlinie nicht bestanden (Regel {rule}); es wurde nichts zurückgegeben.",

  "unknownReason.timeout": "Der Dienst für geleakte Passwörter hat nicht rechtzeitig geantwortet.",
  "unknownReason.network": "Der Dienst für geleakte Passwörter war nicht erreichbar.",
  "unknownReason.http": "Der Dienst für geleakte Passwörter hat einen Fehler gemeldet.",
  "unknownReason.malformed": "Der Dienst für geleakte Passwörter hat eine unlesbare Antwort gesendet.",
  "unknownReason.empty": "Es gibt kein Passwort zu prüfen.",

  "breach.breached":
    "Dieses Passwort ist {count, plural, one {einmal} other {# Mal}} in Datenlecks aufgetaucht. Wählen Sie ein anderes.",
  "breach.clear": "Dieses Passwort wurde in keinem bekannten Datenleck gefunden.",
  "server.passwordReused":
    "Sie haben dieses Passwort für dieses Konto schon verwendet. Wählen Sie eines, das Sie hier noch nicht verwendet haben.",
  "server.changedTooRecently":
    "Ihr Passwort wurde vor zu kurzer Zeit geändert, um es jetzt erneut zu ändern. Versuchen Sie es später noch einmal.",
  "server.accountPolicy":
    "Die Kontorichtlinie Ihrer Organisation akzeptiert dieses Passwort nicht. Wählen Sie ein anderes.",

  "format.quote": "„{item}“",
};
