// Package segment splits Indonesian news text into sentences with byte
// offsets. A period ends a sentence unless it closes a title, honorific,
// degree or initial ("Prof Dr.", "IB.", "S.Kom."), sits inside parentheses
// ("(14/9)") or inside a number; line breaks always end a sentence, since
// news text puts headlines, datelines and captions on lines of their own.
package segment
