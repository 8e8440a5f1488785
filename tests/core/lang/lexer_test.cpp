// The lexer: token kinds, values, positions, and errors as tokens.
#include <gtest/gtest.h>

#include <vector>

#include "lang/lexer.h"

namespace th {
namespace {

std::vector<Token> LexAll(std::string_view source) {
  Lexer lexer(source);
  std::vector<Token> tokens;
  while (true) {
    Token token = lexer.Next();
    tokens.push_back(token);
    if (token.kind == TokenKind::Eof || token.kind == TokenKind::Error) break;
  }
  return tokens;
}

TEST(Lexer, PunctuatorsTakeTheLongestMatch) {
  auto tokens = LexAll("a ?? b ?. c ** d >>>= e === f ... => ??=");
  std::vector<TokenKind> kinds;
  for (const Token& t : tokens) kinds.push_back(t.kind);
  std::vector<TokenKind> expected = {TokenKind::Identifier, TokenKind::QuestionQuestion, TokenKind::Identifier,
                                     TokenKind::QuestionDot, TokenKind::Identifier, TokenKind::StarStar,
                                     TokenKind::Identifier, TokenKind::UShrAssign, TokenKind::Identifier,
                                     TokenKind::EqEqEq, TokenKind::Identifier, TokenKind::Ellipsis, TokenKind::Arrow,
                                     TokenKind::QuestionQuestionAssign, TokenKind::Eof};
  EXPECT_EQ(kinds, expected);
}

TEST(Lexer, NumbersInEveryNotation) {
  auto tokens = LexAll("42 3.5 .5 1e3 2E-2 0x1F 0o17 0b101 1_000");
  std::vector<double> values;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::Number) values.push_back(t.number);
  }
  EXPECT_EQ(values, (std::vector<double>{42, 3.5, 0.5, 1000, 0.02, 31, 15, 5, 1000}));
}

TEST(Lexer, StringEscapesAreDecoded) {
  auto tokens = LexAll(R"('a\nb' "\x41\u0042\u{43}" 'it\'s')");
  EXPECT_EQ(tokens[0].text, "a\nb");
  EXPECT_EQ(tokens[1].text, "ABC");
  EXPECT_EQ(tokens[2].text, "it's");
}

TEST(Lexer, PositionsAreLineAndColumn) {
  auto tokens = LexAll("let x;\n  foo(1)");
  EXPECT_EQ(tokens[3].text, "foo");
  EXPECT_EQ(tokens[3].pos.line, 2);
  EXPECT_EQ(tokens[3].pos.col, 3);
  EXPECT_TRUE(tokens[3].newline_before);
  EXPECT_FALSE(tokens[1].newline_before);
}

TEST(Lexer, CommentsAreSkipped) {
  auto tokens = LexAll("a // line\n/* block\n */ b");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].text, "b");
  EXPECT_EQ(tokens[1].pos.line, 3);
}

TEST(Lexer, TemplatePiecesStopAtSubstitutions) {
  Lexer lexer("`a${x}b`");
  Token head = lexer.Next();
  EXPECT_EQ(head.kind, TokenKind::Template);
  EXPECT_EQ(head.text, "a");
  EXPECT_EQ(head.number, 0);  // a substitution follows
  EXPECT_EQ(lexer.Next().text, "x");
  Token brace = lexer.Next();
  EXPECT_EQ(brace.kind, TokenKind::RBrace);
  Token tail = lexer.ContinueTemplate(brace);
  EXPECT_EQ(tail.text, "b");
  EXPECT_EQ(tail.number, 1);  // the template ends
}

TEST(Lexer, UnterminatedStringIsAnErrorToken) {
  auto tokens = LexAll("'abc");
  EXPECT_EQ(tokens.back().kind, TokenKind::Error);
  EXPECT_EQ(tokens.back().text, "Invalid or unexpected token");
}

}  // namespace
}  // namespace th
