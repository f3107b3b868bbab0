-- postgresql
create sequence if not exists "counter_id_seq" as int owned by "counter"."id";
select setval('"counter_id_seq"', coalesce((select max("id") from "counter"), 0) + 1, false);
alter table "counter" alter column "id" set default nextval('"counter_id_seq"');
alter table "counter" alter column "id" set not null;

-- mysql
alter table `counter` modify `id` int unsigned not null auto_increment;

-- mariadb
alter table `counter` modify `id` int unsigned not null auto_increment;

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "counter__temp_alter" ("id" integer not null primary key autoincrement, "hits" integer not null default 0);
insert into "counter__temp_alter" ("id", "hits") select "id", "hits" from "counter";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'counter'), 0)) where name = 'counter__temp_alter';
insert into sqlite_sequence (name, seq) select 'counter__temp_alter', seq from sqlite_sequence where name = 'counter' and not exists (select 1 from sqlite_sequence where name = 'counter__temp_alter');
drop table "counter";
pragma legacy_alter_table = on;
alter table "counter__temp_alter" rename to "counter";
pragma legacy_alter_table = off;

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
-- error: mssql does not support changing the default, identity or computation of counter.id

