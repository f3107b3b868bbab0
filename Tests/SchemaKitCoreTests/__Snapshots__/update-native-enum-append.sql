-- postgresql
alter type "post_state" add value if not exists 'review' before 'live';
alter type "post_state" add value if not exists 'gone';

-- mysql
alter table `post` modify `state` enum('draft','review','live','gone') not null default 'draft';

-- mariadb
alter table `post` modify `state` enum('draft','review','live','gone') not null default 'draft';

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "post__temp_alter" ("id" integer not null primary key autoincrement, "state" text not null default 'draft', constraint "post_state_check" check ("state" in ('draft', 'review', 'live', 'gone')));
insert into "post__temp_alter" ("id", "state") select "id", "state" from "post";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'post'), 0)) where name = 'post__temp_alter';
insert into sqlite_sequence (name, seq) select 'post__temp_alter', seq from sqlite_sequence where name = 'post' and not exists (select 1 from sqlite_sequence where name = 'post__temp_alter');
drop table "post";
pragma legacy_alter_table = on;
alter table "post__temp_alter" rename to "post";
pragma legacy_alter_table = off;

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
alter table [post] drop constraint [post_state_check];
alter table [post] add constraint [post_state_check] check ([state] in (N'draft', N'review', N'live', N'gone'));

