import SchemaKitCore

/// The six catalog queries ``PostgresIntrospector`` runs, whatever the number of tables: tables,
/// columns, enum labels, index key parts, foreign key column pairs, checks.
///
/// Each returns text cells in a fixed order, documented on its property; ``PostgresSchemaReader``
/// reads them by position. The server deparses only what has no structured form (types,
/// defaults, predicates, expression key parts, checks); comments come from joining
/// `pg_description` rather than from `obj_description`/`col_description`, which look each
/// one up again per row. Rows come grouped by table (ordered by its oid, a cheap sort) and, inside
/// a table, in the order the reader keeps: columns by position, indexes and constraints by
/// name, key parts by position. Namespaces named in `ignoreSchema`, `information_schema` and `pg_*`
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
        select n.nspname, c.relname, d.description, c.relpersistence::text, array_to_string(c.reloptions, ',')
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        left join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
        where c.relkind in ('r', 'p') and not c.relispartition and \(namespaceFilter)
        union all
        select n.nspname, null, null, null, null from pg_namespace n where \(namespaceFilter)
        order by 1, 2
        """
    }

    /// `nspname, relname, attname, format_type, typname, typtype, nullable (t/f), default expression,
    /// attidentity, attgenerated, column comment, collation (when not the type's), and for an
    /// identity column its sequence's `start increment min max cache cycle(t/f)`, storage strategy
    /// when not the type's (p, e, m, x)`.
    ///
    /// An identity column's sequence is joined through `pg_depend`'s reference index, its
    /// leading `refclassid` given: a per-row subquery without it scanned all of `pg_depend` once
    /// per identity column — 10 of the 11 seconds of a 5,000-table read.
    var columns: String {
        """
        select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typtype,
               case when a.attnotnull then 'f' else 't' end, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
               cd.description, co.collname,
               case when s.seqrelid is not null then
                 concat_ws(' ', s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, case when s.seqcycle then 't' else 'f' end) end,
               case when a.attstorage <> t.typstorage then a.attstorage::text end
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_type t on t.oid = a.atttypid
        left join pg_depend dp on a.attidentity <> '' and dp.refclassid = 'pg_class'::regclass and dp.refobjid = c.oid
             and dp.refobjsubid = a.attnum and dp.classid = 'pg_class'::regclass and dp.deptype = 'i'
        left join pg_sequence s on s.seqrelid = dp.objid
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        left join pg_collation co on co.oid = a.attcollation and a.attcollation <> t.typcollation
        left join pg_description cd on cd.objoid = c.oid and cd.classoid = 'pg_class'::regclass and cd.objsubid = a.attnum
        where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and \(namespaceFilter)
        order by a.attrelid, a.attnum
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
    /// for an expression part), the expression part as written (null for a column), descending
    /// (t/f), key part (t) or included column (f), collation when not the column's, operator class
    /// when not the type's default, nulls first (t/f), storage parameters (`fillfactor=70,…`), nulls
    /// not distinct (t/f), comment (of the constraint, or of the index), deferrable (t/f),
    /// initially deferred (t/f)`.
    ///
    /// An expression part's collation is recorded when it is not the database default (100).
    /// `indnullsnotdistinct` is read through `to_jsonb` so the query runs on servers before
    /// PostgreSQL 15, which lack the column; only for unique indexes other than the primary key
    /// (the only ones it can apply to), as turning the whole `pg_index` row into JSON for every
    /// key part was a third of the query's time. Operator classes and comments are joined, not looked
    /// up per row, and only expression parts are deparsed. The index behind an exclusion constraint
    /// is not listed: it is that constraint, read with the checks. Nor is an invalid index (what an
    /// interrupted `create index concurrently` leaves): it serves no query and enforces nothing, so
    /// the update builds it again — an online one drops the leftover first.
    var indexes: String {
        """
        select n.nspname, t.relname, i.relname, case when x.indisunique then 't' else 'f' end,
               case when x.indisprimary then 't' else 'f' end, coalesce(con.contype::text, ''), am.amname,
               pg_get_expr(x.indpred, x.indrelid), a.attname,
               case when k.attnum = 0 then pg_get_indexdef(x.indexrelid, k.ord::int, true) end,
               case when k.ord <= x.indnkeyatts and (x.indoption[k.ord - 1] & 1) = 1 then 't' else 'f' end,
               case when k.ord <= x.indnkeyatts then 't' else 'f' end,
               case when k.ord <= x.indnkeyatts and x.indcollation[k.ord - 1] <> 0
                         and x.indcollation[k.ord - 1] <> coalesce(a.attcollation, 100)
                    then (select c.collname::text from pg_collation c where c.oid = x.indcollation[k.ord - 1]) end,
               oc.opcname,
               case when k.ord <= x.indnkeyatts and (x.indoption[k.ord - 1] & 2) = 2 then 't' else 'f' end,
               array_to_string(i.reloptions, ','),
               case when x.indisprimary or not x.indisunique then 'f'
                    when (to_jsonb(x) ->> 'indnullsnotdistinct')::boolean then 't' else 'f' end,
               coalesce(cd.description, id.description),
               case when con.condeferrable then 't' else 'f' end, case when con.condeferred then 't' else 'f' end
        from pg_index x
        join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam
        left join pg_constraint con on con.conindid = x.indexrelid and con.contype in ('p', 'u') and con.conrelid = x.indrelid
        left join pg_description cd on cd.objoid = con.oid and cd.classoid = 'pg_constraint'::regclass and cd.objsubid = 0
        left join pg_description id on id.objoid = x.indexrelid and id.classoid = 'pg_class'::regclass and id.objsubid = 0
        cross join lateral unnest(x.indkey) with ordinality as k(attnum, ord)
        left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum and k.attnum > 0
        left join pg_opclass oc on k.ord <= x.indnkeyatts and oc.oid = x.indclass[k.ord - 1] and not oc.opcdefault
        left join pg_constraint xc on xc.conindid = x.indexrelid and xc.contype = 'x'
        where t.relkind in ('r', 'p') and \(namespaceFilter)
          and xc.oid is null and x.indisvalid
        order by x.indrelid, i.relname, k.ord
        """
    }

    /// One row per column pair: `nspname, relname, conname, referenced nspname, referenced relname,
    /// confupdtype, confdeltype, deferrable (t/f), initially deferred (t/f), column, referenced column,
    /// confmatchtype (f for full), comment, whether `on delete set null/default (…)` lists the
    /// column (t/f; PostgreSQL 15's `confdelsetcols`, through `to_jsonb` for older servers, and
    /// only for keys with such a rule)`.
    var foreignKeys: String {
        """
        select n.nspname, c.relname, con.conname, fn.nspname, f.relname, con.confupdtype, con.confdeltype,
               case when con.condeferrable then 't' else 'f' end, case when con.condeferred then 't' else 'f' end,
               a.attname, fa.attname, con.confmatchtype::text, cd.description,
               case when con.confdeltype in ('n', 'd') and (to_jsonb(con) -> 'confdelsetcols') @> to_jsonb(k.attnum::int)
                    then 't' else 'f' end
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_class f on f.oid = con.confrelid join pg_namespace fn on fn.oid = f.relnamespace
        left join pg_description cd on cd.objoid = con.oid and cd.classoid = 'pg_constraint'::regclass and cd.objsubid = 0
        cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, fattnum, ord)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
        join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = k.fattnum
        where con.contype = 'f' and con.conparentid = 0 and \(namespaceFilter)
        order by con.conrelid, con.conname, k.ord
        """
    }

    /// `nspname, relname, conname, pg_get_constraintdef, the column when the check has exactly one,
    /// no inherit (t/f), comment, contype (c for a check, x for an exclusion constraint)`.
    var checks: String {
        """
        select n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid, true), a.attname,
               case when con.connoinherit then 't' else 'f' end, cd.description, con.contype::text
        from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
        left join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1] and cardinality(con.conkey) = 1
        left join pg_description cd on cd.objoid = con.oid and cd.classoid = 'pg_constraint'::regclass and cd.objsubid = 0
        where con.contype in ('c', 'x') and \(namespaceFilter)
        order by con.conrelid, con.conname
        """
    }

    /// Every query, in the order the introspector runs them.
    var all: [String] { [tables, columns, enums, indexes, foreignKeys, checks] }
}
