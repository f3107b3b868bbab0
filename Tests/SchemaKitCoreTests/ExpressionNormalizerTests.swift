import SchemaKitCore
import Testing

@Suite("expression canonical spelling")
struct ExpressionNormalizerTests {
    @Test("what engines store compares equal to what was written", arguments: [
        ("((priority > 0) OR (state = 'closed'::text))", "priority > 0 or state = 'closed'"),
        ("(qty * (2)::numeric)", "qty * 2"),
        ("'-1'::integer", "-1"),
        ("'5000000000'::bigint", "5000000000"),
        ("'draft'::tenant.book_status", "'draft'"),
        ("'draft'::\"BookStatus\"", "'draft'"),
        ("'x'::character varying(20)", "'x'"),
        ("lower((title)::text)", "lower(title)"),
        ("NOT (a = 1)", "not a = 1"),
        ("price != 0", "price <> 0"),
        ("\"type\" IN ('a', 'b')", "type in ('a','b')"),
        ("1.50", "1.5"),
    ])
    func equal(stored: String, written: String) {
        #expect(ExpressionNormalizer.normalize(stored) == ExpressionNormalizer.normalize(written))
    }

    @Test("real differences stay visible", arguments: [
        ("(a or b) and c", "a or (b and c)"),
        ("(a + b) * c", "a + b * c"),
        ("\"Name\" = 'x'", "name = 'x'"),
        ("status = 'Draft'", "status = 'draft'"),
        ("x = 1", "x = 2"),
        ("lower(a)", "upper(a)"),
    ])
    func different(lhs: String, rhs: String) {
        #expect(ExpressionNormalizer.normalize(lhs) != ExpressionNormalizer.normalize(rhs))
    }

    @Test func postgresAnyArrayIsIn() {
        let dialect = PostgreSQLDialect()
        #expect(dialect.canonicalExpression("((priority >= 1) AND (priority <= 5))")
                == dialect.canonicalExpression("priority between 1 and 5"))
        #expect(dialect.canonicalExpression("(type = ANY (ARRAY['a'::text, 'b'::text]))")
                == dialect.canonicalExpression("\"type\" in ('a', 'b')"))
    }
}
