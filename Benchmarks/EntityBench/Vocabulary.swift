import SchemaKitCore

/// The facts of the tables' shape, those of the project's large-schema benchmark: names, types,
/// proportions.
enum Vocabulary {
    /// What tables are named after, in turn: table i is `<nouns[i % count]>_<i>`.
    static let nouns: [String] = """
        customer account invoice invoice_line product order order_item shipment payment refund
        address user profile session audit_log tag category article comment attachment warehouse stock
        supplier purchase_order subscription plan coupon review notification message team project task
        milestone sprint document folder permission role api_key webhook event ticket contract employee
        department timesheet expense budget campaign lead opportunity asset device location vehicle
        booking room tenant
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Names for columns of a kind; a name taken in the table gets a suffix (`email_2`).
    static func columnNames(for kind: ColumnKind) -> [String] {
        switch kind {
        case .varchar:
            ["name", "title", "email", "slug", "code", "reference", "external_ref", "city", "country", "phone",
             "label", "sku", "summary", "username", "locale", "source"]
        case .text: ["body", "notes", "description", "address_text", "content", "remarks"]
        case .bool: ["is_active", "is_deleted", "is_public", "verified", "archived", "enabled", "is_default"]
        case .numeric: ["amount", "price", "total", "tax", "discount", "balance", "weight", "rate"]
        case .timestamp:
            ["created_at", "updated_at", "deleted_at", "published_at", "expires_at", "last_seen_at", "processed_at"]
        case .date: ["birth_date", "due_date", "start_date", "end_date", "valid_from", "valid_to"]
        case .json: ["settings", "payload", "attributes", "extra", "metadata", "preferences"]
        case .uuid: ["public_id", "external_uuid", "tracking_id", "correlation_id"]
        case .int: ["quantity", "position", "version", "retries", "sort_order", "level", "score"]
        case .bigint: ["views", "size_bytes", "counter", "sequence_no", "external_num"]
        case .enumeration: enumTypes.map(\.columnName)
        }
    }

    /// How often each kind of ordinary column occurs.
    static let kindWeights: [(ColumnKind, Int)] = [
        (.varchar, 26), (.text, 7), (.bool, 9), (.numeric, 8), (.timestamp, 10), (.date, 5), (.json, 5),
        (.uuid, 4), (.int, 10), (.bigint, 5), (.enumeration, 6),
    ]

    /// The lengths of generated `varchar`s; 191 is there for the reason ``longestIndexedVarchar`` gives.
    static let varcharLengths = [32, 50, 64, 100, 120, 191, 255]
    /// What a widened `varchar` may become.
    static let widenedVarcharLengths = varcharLengths + [300, 500]
    /// The longest `varchar` an index or unique constraint covers; longer ones get neither.
    ///
    /// 191 characters of up to four bytes (MySQL's `utf8mb4`) fit in 767 bytes, InnoDB's limit on
    /// an indexed column in the COMPACT and REDUNDANT row formats (DYNAMIC, the default, allows
    /// 3,072), so the indexes are valid on MySQL and MariaDB whatever the row format; applications
    /// keep to it for the same reason. https://dev.mysql.com/doc/refman/8.4/en/innodb-limits.html
    static let longestIndexedVarchar = 191
    static let numericSizes: [(precision: Int, scale: Int)] = [(10, 2), (12, 2), (12, 4), (8, 3), (18, 6)]

    /// The six enumerations, ordered by name.
    static let enumTypes: [EnumType] = [
        EnumType(name: "currency_code", columnName: "currency", labels: ["EUR", "USD", "GBP", "JPY", "CHF"]),
        EnumType(name: "order_status", columnName: "status", labels: ["pending", "paid", "shipped", "cancelled", "refunded"]),
        EnumType(name: "payment_method", columnName: "method", labels: ["card", "cash", "transfer", "wallet"]),
        EnumType(name: "priority_level", columnName: "priority", labels: ["low", "medium", "high", "urgent"]),
        EnumType(name: "user_role", columnName: "role", labels: ["admin", "editor", "viewer", "guest"]),
        EnumType(name: "visibility", columnName: "visibility", labels: ["public", "private", "unlisted"]),
    ]

    /// The words comments are made of.
    static let commentWords: [String] = """
        primary record owner reference of the business entity used by billing reports and the nightly \
        export it's kept for audit; see docs
        """.split(separator: " ").map(String.init)

    static let keyShapeWeights: [(KeyShape, Int)] = [
        (.bigintAutoincrement, 62), (.intAutoincrement, 14), (.uuid, 6), (.composite, 18),
    ]
    /// How many foreign keys a table has (none in the first table, which has nothing to reference).
    static let foreignKeyCountWeights: [(Int, Int)] = [(0, 25), (1, 35), (2, 25), (3, 15)]
    /// `on delete` of a foreign key; `set null` only where the column is nullable.
    static let deleteRuleWeights: [(ReferentialAction, Int)] = [(.noAction, 40), (.cascade, 30), (.setNull, 20), (.restrict, 10)]

    /// The kinds of a column a change adds.
    static let addedColumnKinds: [ColumnKind] = [.varchar, .int, .bool, .timestamp, .text, .numeric]
    /// How often each change is made.
    static let changeWeights: [(BenchmarkModel.Change, Int)] = [
        (.addColumn, 3), (.dropColumn, 2), (.widenVarchar, 3), (.addIndex, 2), (.dropIndex, 2),
        (.changeDeleteRule, 2), (.addTable, 1), (.dropTable, 1),
    ]
}
