-- postgresql
alter type "post_state" rename to "post_state__old";
create type "post_state" as enum ('live', 'draft');

alter table "post" alter column "state" drop default;
alter table "post" alter column "state" type "post_state" using ("state"::text::"post_state");
alter table "post" alter column "state" set default 'live';

drop type if exists "post_state__old";

-- mysql
alter table `post` modify `state` enum('live','draft') not null default 'live';

-- mariadb
alter table `post` modify `state` enum('live','draft') not null default 'live';

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "post__temp_alter" ("id" integer not null primary key autoincrement, "state" text not null default 'live', constraint "post_state_check" check ("state" in ('live', 'draft')));
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
-- error: mssql does not support changing the default, identity or computation of post.state

