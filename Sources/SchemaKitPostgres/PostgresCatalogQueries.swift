import SchemaKitCore

/// The six catalog queries ``PostgresIntrospector`` runs, whatever the number of tables: tables,
/// columns, enum labels, index key parts, foreign key column pairs, checks.
///
/// Each returns text cells in a fixed order, documented on its property; ``PostgresSchemaReader``
/// reads them by position. Namespaces named in `ignoreSchema`, `information_schema` and `pg_*`
/// are left out by the queries themselves.
///
/// ```swift
/// let queries = PostgresCatalogQueries(options: IntrospectionOptions(ignoreSchema: ["audit"]))
/// queries.all.count   // 6
/// ```
struct PostgresCatalogQueries: Sendable {
    /// The `where` condition on `n.nspname` every query shares.
    let namespaceFilter: String

    init(options: IntrospectionOptions, dialect: PostgreSQLDialect = PostgreSQLDialect()) {
        let excluded = (["information_schema"] + options.ignoreSchema).map(dialect.quoteLiteral)
        namespaceFilter = "n.nspname not in (\(excluded.joined(separator: ", "))) and n.nspname not like 'pg\\_%'"
    }

    /// `nspname, relname, table comment, relpersistence, storage parameters`; and one row per
    /// schema, tables or not, with only `nspname` (so an empty schema is part of the database).
    var tables: String {
        """
        select n.nspname, c.relname, obj_description(c.oid, 'pg_class'), c.relpersistence::text, array_to_string(c.reloptions, ',')
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and not c.relispartition and \(namespaceFilter)
        union all
        select n.nspname, null, null, null, null from pg_namespace n where \(namespaceFilter)
        order by 1, 2
        """
    }

    /// `nspname, relname, attname, format_type, typname, typtype, nullable (t/f), default expression,
    /// attidentity, attgenerated, column comment, collation (when not the type's), and for an
    /// identity column its sequence's `start increment min max cache cycle(t/f)``.
    var columns: String {
        """
        select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typtype,
               case when a.attnotnull then 'f' else 't' end, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
               col_description(c.oid, a.attnum), co.collname,
               case when a.attidentity <> '' then
                 (select concat_ws(' ', s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, case when s.seqcycle then 't' else 'f' end)
                  from pg_depend dp join pg_sequence s on s.seqrelid = dp.objid
                  where dp.classid = 'pg_class'::regclass and dp.refobjid = c.oid and dp.refobjsubid = a.attnum and dp.deptype = 'i'
                  limit 1) end
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_type t on t.oid = a.atttypid
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        left join pg_collation co on co.oid = a.attcollation and a.attcollation <> t.typcollation
        where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and \(namespaceFilter)
        order by 1, 2, a.attnum
        """
    }

    /// `nspname, typname, enumlabel`, labels in their sort order.
    var enums: String {
        """
        select n.nspname, t.typname, e.enumlabel
        from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
        where \(namespaceFilter) order by 1, 2, e.enumsortorder
        """
    }

    /// One row per key or included column: `nspname, table relname, index relname, unique (t/f),
    /// primary (t/f), constraint type (u, p or empty), access method, predicate, column name (null
    /// for an expression part), the part as written, descending (t/f), key part (t) or included
    /// column (f), collation when not the column's, operator class when not the type's default,
    /// nulls first (t/f), storage parameters (`fillfactor=70,…`), nulls not distinct (t/f),
    /// comment (of the constraint, or of the index), deferrable (t/f), initially deferred (t/f)`.
    ///
    /// An expression part's collation is recorded when it is not the database default (100).
    /// `indnullsnotdistinct` is read through `to_jsonb` so the query runs on servers before
    /// PostgreSQL 15, which lack the column.
    var indexes: String {
        """
        select n.nspname, t.relname, i.relname, case when x.indisunique then 't' else 'f' end,
               case when x.indisprimary then 't' else 'f' end, coalesce(con.contype::text, ''), am.amname,
               pg_get_expr(x.indpred, x.indrelid), a.attname, pg_get_indexdef(x.indexrelid, k.ord::int, true),
               case when k.ord <= x.indnkeyatts and (x.indoption[k.ord - 1] & 1) = 1 then 't' else 'f' end,
               case when k.ord <= x.indnkeyatts then 't' else 'f' end,
               case when k.ord <= x.indnkeyatts and x.indcollation[k.ord - 1] <> 0
                         and x.indcollation[k.ord - 1] <> coalesce(a.attcollation, 100)
                    then (select c.collname::text from pg_collation c where c.oid = x.indcollation[k.ord - 1]) end,
               case when k.ord <= x.indnkeyatts then (select oc.opcname from pg_opclass oc where oc.oid = x.indclass[k.ord - 1]
                                                      and not oc.opcdefault) end,
               case when k.ord <= x.indnkeyatts and (x.indoption[k.ord - 1] & 2) = 2 then 't' else 'f' end,
               array_to_string(i.reloptions, ','),
               case when (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean then 't' else 'f' end,
               coalesce(obj_description(con.oid, 'pg_constraint'), obj_description(x.indexrelid, 'pg_class')),
               case when con.condeferrable then 't' else 'f' end, case when con.condeferred then 't' else 'f' end
        from pg_index x
        join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam
        left join pg_constraint con on con.conindid = x.indexrelid and con.contype in ('p', 'u') and con.conrelid = x.indrelid
        cross join lateral unnest(x.indkey) with ordinality as k(attnum, ord)
        left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum and k.attnum > 0
        where t.relkind in ('r', 'p') and \(namespaceFilter)
          and not exists (select 1 from pg_constraint xc where xc.conindid = x.indexrelid and xc.contype = 'x')
        order by 1, 2, 3, k.ord
        """
    }

    /// One row per column pair: `nspname, relname, conname, referenced nspname, referenced relname,
    /// confupdtype, confdeltype, deferrable (t/f), initially deferred (t/f), column, referenced column,
    /// confmatchtype (f for full), comment`.
    var foreignKeys: String {
        """
        select n.nspname, c.relname, con.conname, fn.nspname, f.relname, con.confupdtype, con.confdeltype,
               case when con.condeferrable then 't' else 'f' end, case when con.condeferred then 't' else 'f' end,
               a.attname, fa.attname, con.confmatchtype::text, obj_description(con.oid, 'pg_constraint')
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_class f on f.oid = con.confrelid join pg_namespace fn on fn.oid = f.relnamespace
        cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, fattnum, ord)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
        join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = k.fattnum
        where con.contype = 'f' and con.conparentid = 0 and \(namespaceFilter)
        order by 1, 2, 3, k.ord
        """
    }

    /// `nspname, relname, conname, pg_get_constraintdef, the column when the check has exactly one,
    /// no inherit (t/f), comment, contype (c for a check, x for an exclusion constraint)`.
    var checks: String {
        """
        select n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid, true),
               (select a.attname from pg_attribute a where a.attrelid = con.conrelid and a.attnum = con.conkey[1]
                and array_length(con.conkey, 1) = 1),
               case when con.connoinherit then 't' else 'f' end, obj_description(con.oid, 'pg_constraint'), con.contype::text
        from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
        where con.contype in ('c', 'x') and \(namespaceFilter)
        order by 1, 2, 3
        """
    }

    /// Every query, in the order the introspector runs them.
    var all: [String] { [tables, columns, enums, indexes, foreignKeys, checks] }
}
