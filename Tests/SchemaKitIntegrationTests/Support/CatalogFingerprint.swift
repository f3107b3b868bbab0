import SchemaKitCore

/// What the engine itself says a database holds, read without SchemaKit's readers: the lines
/// of its own definitions (`pg_get_indexdef`, `show create table`, SQLite's pragmas), in a
/// stable order. Two databases with equal fingerprints hold the same schema as far as the
/// engine can tell — so a feature that SchemaKit's model drops on both sides (an index's
/// `include`, a table option) shows as a difference here, not as a silent "match".
///
/// Column order is not part of it: SchemaKit adds columns at the end, as every differ does. A
/// SQLite declared type is compared in lower case: SQLite reads `BIGINT` and `bigint` alike.
enum CatalogFingerprint {
    static func read(_ database: any SchemaDatabase) async throws -> [String] {
        switch database.dialect.id {
        case .postgreSQL: try await postgres(database)
        case .mySQL, .mariaDB: try await mysql(database)
        case .sqlite: try await sqlite(database)
        default: []
        }
    }

    /// The lines only one side has, `-` for `from`, `+` for `to`.
    static func difference(_ from: [String], _ to: [String]) -> [String] {
        let left = Set(from), right = Set(to)
        return from.filter { !right.contains($0) }.map { "- " + $0 } + to.filter { !left.contains($0) }.map { "+ " + $0 }
    }

    private static let userNamespaces = """
        n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp%' \
        and n.nspname not like 'pg_toast_temp%'
        """

    private static func postgres(_ database: any SchemaDatabase) async throws -> [String] {
        let sql = """
            select 'schema ' || n.nspname || coalesce(' comment ' || obj_description(n.oid, 'pg_namespace'), '')
              from pg_namespace n where \(userNamespaces)
            union all
            select 'table ' || c.oid::regclass::text || ' kind ' || c.relkind::text || ' persistence ' || c.relpersistence::text
                   || coalesce(' options ' || array_to_string(c.reloptions, ','), '')
                   || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '')
                   || coalesce(' partition by ' || pg_get_partkeydef(c.oid), '')
                   || coalesce(' partition of ' || (select string_agg(i.inhparent::regclass::text, ',') from pg_inherits i where i.inhrelid = c.oid)
                               || ' ' || pg_get_expr(c.relpartbound, c.oid), '')
                   || coalesce(' inherits ' || (select string_agg(i.inhparent::regclass::text, ',' order by i.inhseqno)
                                                from pg_inherits i where i.inhrelid = c.oid and c.relpartbound is null), '')
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p') and \(userNamespaces)
            union all
            select 'column ' || c.oid::regclass::text || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                   || case when a.attnotnull then ' not null' else '' end
                   || coalesce(case when a.attgenerated = 's' then ' generated ' else ' default ' end || pg_get_expr(d.adbin, d.adrelid), '')
                   || case a.attidentity when 'a' then ' identity always' when 'd' then ' identity by default' else '' end
                   || case when a.attcollation <> t.typcollation then ' collate ' || co.collname else '' end
                   || case when a.attstorage <> t.typstorage then ' storage ' || a.attstorage::text else '' end
                   || case when a.attislocal then '' else ' inherited' end
                   || coalesce(' comment ' || col_description(c.oid, a.attnum), '')
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
              join pg_type t on t.oid = a.atttypid
              left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
              left join pg_collation co on co.oid = a.attcollation
             where c.relkind in ('r', 'p') and \(userNamespaces)
            union all
            select 'constraint ' || r.conrelid::regclass::text || ' ' || quote_ident(r.conname) || ' ' || pg_get_constraintdef(r.oid)
                   || case when r.conislocal then '' else ' inherited' end
                   || coalesce(' comment ' || obj_description(r.oid, 'pg_constraint'), '')
              from pg_constraint r join pg_namespace n on n.oid = r.connamespace
             where r.conrelid <> 0 and \(userNamespaces)
            union all
            select 'index ' || pg_get_indexdef(i.indexrelid)
                   || coalesce(' options ' || array_to_string(ic.reloptions, ','), '')
                   || coalesce(' comment ' || obj_description(i.indexrelid, 'pg_class'), '')
              from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_namespace n on n.oid = ic.relnamespace
             where \(userNamespaces)
            union all
            select 'type ' || t.oid::regtype::text || ' enum (' || string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder) || ')'
                   || coalesce(' comment ' || obj_description(t.oid, 'pg_type'), '')
              from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
             where \(userNamespaces) group by t.oid
            union all
            select 'domain ' || t.oid::regtype::text || ' ' || format_type(t.typbasetype, t.typtypmod)
                   || case when t.typnotnull then ' not null' else '' end || coalesce(' default ' || t.typdefault, '')
                   || case when t.typcollation <> b.typcollation then ' collate ' || co.collname else '' end
                   || coalesce(' ' || (select string_agg(quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), ', ' order by k.conname)
                                         from pg_constraint k where k.contypid = t.oid), '')
              from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_type b on b.oid = t.typbasetype
              left join pg_collation co on co.oid = t.typcollation
             where t.typtype = 'd' and \(userNamespaces)
            union all
            select 'type ' || t.oid::regtype::text || ' ('
                   || string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum) || ')'
              from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_class r on r.oid = t.typrelid and r.relkind = 'c'
              join pg_attribute a on a.attrelid = r.oid and a.attnum > 0 and not a.attisdropped
             where t.typtype = 'c' and \(userNamespaces) group by t.oid
            union all
            select 'collation ' || quote_ident(n.nspname) || '.' || quote_ident(co.collname) || ' provider ' || co.collprovider::text
                   || coalesce(' locale ' || coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale'), '')
                   || coalesce(' lc_collate ' || co.collcollate, '') || coalesce(' lc_ctype ' || co.collctype, '')
                   || case when co.collisdeterministic then '' else ' nondeterministic' end
              from pg_collation co join pg_namespace n on n.oid = co.collnamespace
             where \(userNamespaces)
            union all
            select 'sequence ' || s.seqrelid::regclass::text || ' ' || format_type(s.seqtypid, null) || ' start ' || s.seqstart
                   || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax || ' cache ' || s.seqcache
                   || case when s.seqcycle then ' cycle' else '' end
                   || coalesce(' owned by ' || (select dc.oid::regclass::text || '.' || quote_ident(da.attname)
                                                  from pg_depend dp join pg_class dc on dc.oid = dp.refobjid
                                                  join pg_attribute da on da.attrelid = dp.refobjid and da.attnum = dp.refobjsubid
                                                 where dp.classid = 'pg_class'::regclass and dp.objid = s.seqrelid and dp.deptype in ('a', 'i')
                                                 limit 1), '')
              from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
             where \(userNamespaces)
            """
        return try await database.rows(sql).compactMap { $0.first ?? nil }.sorted()
    }

    private static func mysql(_ database: any SchemaDatabase) async throws -> [String] {
        let tables = try await database.rows("""
            select table_name from information_schema.tables where table_schema = database() and table_type = 'BASE TABLE' order by table_name
            """).compactMap { $0.first ?? nil }
        var lines: [String] = []
        for table in tables {
            let text = try await database.rows("show create table \(database.dialect.quoteIdentifier(table))").first?[1] ?? ""
            // The body's lines (columns, keys, constraints) in a stable order, without the
            // counter `AUTO_INCREMENT=n`, which rows move, and without a key's `USING` when it
            // names the engine's own key type (`USING BTREE` on InnoDB, `USING HASH` on
            // MEMORY): the key is the same, the server only echoes that it was spelled out.
            let isMemory = text.range(of: #"ENGINE=(MEMORY|HEAP)\b"#, options: .regularExpression) != nil
            let defaultUsing = isMemory ? " USING HASH" : " USING BTREE"
            let parts = text.split(separator: "\n").map { $0.trimmed() }
            for part in parts.dropFirst() {
                var line = part.hasSuffix(",") ? String(part.dropLast()) : part
                line = line.replacingOccurrences(of: #" AUTO_INCREMENT=\d+"#, with: "", options: .regularExpression)
                if line.contains("KEY ") { line = line.replacingOccurrences(of: defaultUsing, with: "") }
                lines.append("\(table): \(line)")
            }
        }
        return lines.sorted()
    }

    private static func sqlite(_ database: any SchemaDatabase) async throws -> [String] {
        let lexer = SQLLexer(rules: database.dialect.lexicalRules)
        /// An index's SQL with names unquoted and keywords in lower case, one space apart.
        func normalized(_ sql: String) -> String {
            lexer.tokens(in: sql).filter { !$0.isTrivia }
                .map { $0.kind == .word ? $0.text.lowercased() : $0.kind == .quotedIdentifier ? $0.identifierValue : String($0.text) }
                .joined(separator: " ")
        }
        var lines = try await database.rows("""
            select 'table ' || name || ' ' || type || ' strict ' || strict || ' without rowid ' || wr
              from pragma_table_list where schema = 'main' and name not like 'sqlite_%'
            union all
            select 'column ' || m.name || '.' || x.name || ' ' || lower(x.type) || ' notnull ' || x."notnull" || ' default ' || coalesce(x.dflt_value, '-')
                   || ' pk ' || x.pk || ' hidden ' || x.hidden
              from sqlite_master m, pragma_table_xinfo(m.name) x where m.type = 'table' and m.name not like 'sqlite_%'
            union all
            select 'foreign key ' || m.name || ' (' || f."from" || ') → ' || f."table" || ' (' || coalesce(f."to", '-') || ') seq ' || f.seq
                   || ' on update ' || f.on_update || ' on delete ' || f.on_delete || ' match ' || f."match"
              from sqlite_master m, pragma_foreign_key_list(m.name) f where m.type = 'table'
            union all
            select 'unique constraint ' || m.name || ' (' || (select group_concat(ii.name || ' ' || ii."desc" || ' ' || ii.coll, ', ')
                                                                from pragma_index_xinfo(il.name) ii where ii.key) || ')'
              from sqlite_master m, pragma_index_list(m.name) il where m.type = 'table' and il.origin in ('u', 'pk')
            """).compactMap { $0.first ?? nil }
        for row in try await database.rows("select name, sql from sqlite_master where type = 'index' and sql is not null") {
            lines.append("index " + normalized(row[1] ?? ""))
        }
        return lines.sorted()
    }
}
