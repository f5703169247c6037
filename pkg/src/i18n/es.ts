// Spanish messages. Keys and placeholders follow the English catalogue (en.ts).
import type { Catalogue } from "./format.js";

export const es: Catalogue = {
  "violation.tooShort":
    "Usa al menos {min, plural, one {# carácter} other {# caracteres}} (esta tiene {actual}).",
  "violation.tooLong":
    "Usa como máximo {max, plural, one {# carácter} other {# caracteres}} (esta tiene {actual}).",
  "violation.tooManyBytes":
    "{ascii, select, true {Usa como máximo {max, plural, one {# carácter} other {# caracteres}} (esta tiene {actual}).} other {Es demasiado larga: usa como máximo {max} bytes (esta tiene {actual}; las letras con tilde y otros caracteres no ingleses ocupan de 2 a 4 bytes cada uno).}}",
  "violation.missingRequiredClasses": "Añade {missing, classes, and}.",
  "violation.missingClasses":
    "Usa al menos {required} tipos de caracteres (esta tiene {found}): añade {missing, classes, or}.",
  "violation.disallowedCharacters": "Estos caracteres no se pueden usar: {characters, quoted}.",
  "violation.repeatedCharacters":
    "No repitas un carácter más de {max, plural, one {# vez} other {# veces}} seguidas (esta lo repite {actual, plural, one {# vez} other {# veces}}).",
  "violation.commonPassword": "Es una contraseña muy usada. Elige algo menos predecible.",
  "violation.containsContextWord":
    "No construyas tu contraseña con {field, select, username {tu nombre de usuario} email {tu dirección de correo} firstName {tu nombre} lastName {tu apellido} tenant {el nombre de tu organización} other {tus propios datos}} ({word, quoted}).",
  "violation.bannedWordScore":
    "Se parece demasiado a palabras prohibidas habituales ({points} de {required} puntos). Añade más palabras o caracteres propios.",
  "violation.tooWeak": "Es demasiado fácil de adivinar (seguridad {score} de 4, se necesita {minScore}).",

  "rule.minLength": "Al menos {min, plural, one {# carácter} other {# caracteres}}",
  "rule.maxLength": "Como máximo {max, plural, one {# carácter} other {# caracteres}}",
  "rule.maxBytes":
    "Como máximo {ascii, select, true {{max, plural, one {# carácter} other {# caracteres}}} other {{max, plural, one {# byte} other {# bytes}}}}",
  "rule.requiredClasses": "Incluye {classes, classes, and}",
  "rule.minClasses": "Al menos {min} de estos: {classes, classes, and}",
  "rule.allowedCharacters": "Solo usa caracteres permitidos",
  "rule.maxRepeated": "Ningún carácter repetido más de {max, plural, one {# vez} other {# veces}} seguidas",
  "rule.blocklist": "No es una contraseña habitual",
  "rule.contextWords": "No contiene tu nombre, usuario, correo electrónico ni el nombre del servicio",
  "rule.bannedWords": "No se basa en palabras prohibidas habituales",
  "rule.minScore": "Seguridad de al menos {min} sobre 4",

  "term.global":
    "{term, quoted} es una contraseña muy usada{match, select, substituted { (cambiar letras por caracteres parecidos, como 0 por o, no lo oculta)} oneEdit { (cambiar un carácter no lo oculta)} other {}}.",
  "term.custom":
    "{term, quoted} está en la lista de palabras prohibidas de tu organización{match, select, substituted { (cambiar letras por caracteres parecidos, como 0 por o, no lo oculta)} oneEdit { (cambiar un carácter no lo oculta)} other {}}.",
  "term.name":
    "{term, quoted} es tu nombre{match, select, substituted { (cambiar letras por caracteres parecidos, como 0 por o, no lo oculta)} other {}}.",
  "term.tenant":
    "{term, quoted} es el nombre de tu organización{match, select, substituted { (cambiar letras por caracteres parecidos, como 0 por o, no lo oculta)} other {}}.",

  "class.lowercase": "minúsculas",
  "class.uppercase": "mayúsculas",
  "class.digit": "dígitos",
  "class.symbol": "símbolos",
  "class.otherLetter": "letras sin mayúsculas ni minúsculas",
  "class.letter": "letras",

  "warning.keyboardRow": "Una fila recta de teclas es fácil de adivinar.",
  "warning.keyboardPattern": "Los patrones cortos de teclado son fáciles de adivinar.",
  "warning.repeatedCharacter": "Un carácter repetido una y otra vez es fácil de adivinar.",
  "warning.repeatedGroup": "Repetir un grupo de caracteres apenas lo hace más difícil de adivinar.",
  "warning.topTenPassword": "Es una de las diez contraseñas más comunes.",
  "warning.topHundredPassword": "Es una de las cien contraseñas más comunes.",
  "warning.veryCommonPassword": "Es una contraseña muy común.",
  "warning.similarToCommonPassword": "Se parece a una contraseña muy usada.",
  "warning.sequence": "Las secuencias como abcd o 6543 son fáciles de adivinar.",
  "warning.recentYear": "Los años recientes son fáciles de adivinar.",
  "warning.singleWord": "Una sola palabra es fácil de adivinar.",
  "warning.date": "Las fechas son fáciles de adivinar.",
  "warning.nameAlone": "Un nombre o apellido por sí solo es fácil de adivinar.",
  "warning.commonName": "Los nombres y apellidos comunes son fáciles de adivinar.",

  "suggestion.useFewWords": "Usa varias palabras y evita frases conocidas.",
  "suggestion.noNeedForSymbols": "No necesitas símbolos, dígitos ni mayúsculas.",
  "suggestion.addAnotherWord": "Añade una o dos palabras más; las palabras poco comunes son las mejores.",
  "suggestion.capitalizationHelpsLittle": "Poner una palabra en mayúscula aporta poca seguridad.",
  "suggestion.allUppercaseHelpsLittle": "Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.",
  "suggestion.reversedWordsHelpLittle": "Las palabras escritas al revés no son mucho más difíciles de adivinar.",
  "suggestion.substitutionsHelpLittle": "Los cambios previsibles, como @ por a, apenas aportan seguridad.",
  "suggestion.longerKeyboardPattern": "Si usas un patrón de teclado, hazlo más largo y con más giros.",
  "suggestion.avoidRepeats": "Evita repetir palabras y caracteres.",
  "suggestion.avoidSequences": "Evita las secuencias.",
  "suggestion.avoidRecentYears": "Evita los años recientes.",
  "suggestion.avoidPersonalYears": "Evita los años relacionados contigo.",
  "suggestion.avoidPersonalDates": "Evita las fechas y los años relacionados contigo.",

  "note.generatedPassphrase":
    "Parece una frase de contraseña generada: su seguridad exacta aparece en los detalles de la frase; la puntuación aquí es solo una estimación.",

  "duration.lessThanASecond": "menos de un segundo",
  "duration.second": "{count, plural, one {# segundo} other {# segundos}}",
  "duration.minute": "{count, plural, one {# minuto} other {# minutos}}",
  "duration.hour": "{count, plural, one {# hora} other {# horas}}",
  "duration.day": "{count, plural, one {# día} other {# días}}",
  "duration.month": "{count, plural, one {# mes} other {# meses}}",
  "duration.year": "{count, plural, one {# año} other {# años}}",
  "duration.century": "siglos",

  "advice.addWord": "Añade otra palabra: cuatro o más palabras sin relación forman una frase de contraseña segura.",
  "advice.uncommonWords": "Usa palabras menos comunes: estas están entre las más frecuentes.",
  "advice.avoidCommonPhrase": "Evita frases hechas, citas y letras de canciones: elige palabras sin relación.",
  "advice.generatedStyle":
    "Parece una frase de contraseña generada: su entropía es exacta; la puntuación de seguridad es solo una estimación.",

  "adjustment.capitalized": "Se puso en mayúscula cada palabra para cumplir la política de contraseñas.",
  "adjustment.addedNumber": "Se añadió un número para cumplir la política de contraseñas.",
  "adjustment.changedSeparator": "Se cambió el separador para cumplir la política de contraseñas.",
  "adjustment.addedWords": "Se añadieron palabras para alcanzar la longitud mínima.",
  "adjustment.removedWords": "Se quitaron palabras para no superar la longitud máxima.",
  "adjustment.skippedDoubledLetters":
    "Se usaron solo palabras sin letras dobles para cumplir la política de contraseñas.",

  "unsatisfiable.caselessLetter":
    "Ninguna frase de contraseña puede cumplir la política: exige una letra sin mayúsculas ni minúsculas (como en chino o árabe) y la lista de palabras no tiene ninguna.",
  "unsatisfiable.tooManyClasses":
    "Ninguna frase de contraseña puede cumplir la política: exige {required} tipos de caracteres, pero solo hay 4.",
  "unsatisfiable.noSymbolSeparator":
    "Ninguna frase de contraseña puede cumplir la política: exige un símbolo, pero no permite ninguno de {separators, quoted} como separador.",
  "unsatisfiable.disallowedCharacter":
    "Ninguna frase de contraseña puede cumplir la política: no permite {character, quoted}, que las frases de contraseña necesitan.",
  "unsatisfiable.unavoidableRepeats":
    "Ninguna frase de contraseña puede cumplir la política: ningún separador permitido evita repetir un carácter más de {max, plural, one {# vez} other {# veces}} seguidas.",
  "unsatisfiable.tooManyWords":
    "Ninguna frase de contraseña puede cumplir la política: una longitud mínima de {minLength} necesita más de {maxWords} palabras.",
  "unsatisfiable.tooLong":
    "Ninguna frase de contraseña puede cumplir la política: {words} palabras pueden llegar a {length} caracteres, más que el máximo de {maxLength}.",
  "unsatisfiable.tooManyBytes":
    "Ninguna frase de contraseña puede cumplir la política: {words} palabras pueden llegar a {bytes} bytes, más que el máximo de {maxBytes}.",
  "unsatisfiable.failedCheck":
    "Una frase de contraseña generada no pasó la comprobación de la política (regla {rule}); no se devolvió nada.",

  "unknownReason.timeout": "El servicio de contraseñas filtradas no respondió a tiempo.",
  "unknownReason.network": "No se pudo contactar con el servicio de contraseñas filtradas.",
  "unknownReason.http": "El servicio de contraseñas filtradas devolvió un error.",
  "unknownReason.malformed": "El servicio de contraseñas filtradas envió una respuesta ilegible.",
  "unknownReason.empty": "No hay ninguna contraseña que comprobar.",

  "breach.breached":
    "Esta contraseña ha aparecido {count, plural, one {una vez} other {# veces}} en filtraciones de datos. Elige otra.",
  "breach.clear": "Esta contraseña no aparece en ninguna filtración de datos conocida.",
  "server.passwordReused":
    "Ya has usado esta contraseña en esta cuenta. Elige una que no hayas usado aquí.",
  "server.changedTooRecently":
    "Tu contraseña se cambió hace muy poco para volver a cambiarla ahora. Inténtalo más tarde.",
  "server.accountPolicy":
    "La política de cuentas de tu organización no acepta esta contraseña. Elige otra.",

  "format.quote": "«{item}»",
};
