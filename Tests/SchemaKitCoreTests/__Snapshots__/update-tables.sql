-- postgresql
alter table "book" drop constraint "book_publisher_id_foreign";

create table "tag" ("id" serial primary key, "label" varchar(30) not null);
alter table "tag" add constraint "tag_label_unique" unique ("label");

create table "book_tags" ("book_id" int not null, "tag_id" int not null, primary key ("book_id", "tag_id"));

drop table if exists "publisher" cascade;

alter table "book_tags" add constraint "book_tags_book_id_foreign" foreign key ("book_id") references "book" ("id") on update cascade on delete cascade;
alter table "book_tags" add constraint "book_tags_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;

-- mysql
alter table `book` drop foreign key `book_publisher_id_foreign`;

create table `tag` (`id` int unsigned not null auto_increment primary key, `label` varchar(30) not null) default character set utf8mb4 engine = InnoDB;
alter table `tag` add unique `tag_label_unique`(`label`);

create table `book_tags` (`book_id` int unsigned not null, `tag_id` int unsigned not null, primary key (`book_id`, `tag_id`)) default character set utf8mb4 engine = InnoDB;
alter table `book_tags` add index `book_tags_tag_id_index`(`tag_id`);

drop table if exists `publisher`;

alter table `book` drop index `book_publisher_id_index`;
alter table `book` modify `publisher_id` int null;

alter table `book_tags` add constraint `book_tags_book_id_foreign` foreign key (`book_id`) references `book` (`id`) on update cascade on delete cascade;
alter table `book_tags` add constraint `book_tags_tag_id_foreign` foreign key (`tag_id`) references `tag` (`id`) on update cascade on delete cascade;

-- mariadb
alter table `book` drop foreign key `book_publisher_id_foreign`;

create table `tag` (`id` int unsigned not null auto_increment primary key, `label` varchar(30) not null) default character set utf8mb4 engine = InnoDB;
alter table `tag` add unique `tag_label_unique`(`label`);

create table `book_tags` (`book_id` int unsigned not null, `tag_id` int unsigned not null, primary key (`book_id`, `tag_id`)) default character set utf8mb4 engine = InnoDB;
alter table `book_tags` add index `book_tags_tag_id_index`(`tag_id`);

drop table if exists `publisher`;

alter table `book` drop index `book_publisher_id_index`;
alter table `book` modify `publisher_id` int null;

alter table `book_tags` add constraint `book_tags_book_id_foreign` foreign key (`book_id`) references `book` (`id`) on update cascade on delete cascade;
alter table `book_tags` add constraint `book_tags_tag_id_foreign` foreign key (`tag_id`) references `tag` (`id`) on update cascade on delete cascade;

-- sqlite
pragma foreign_keys = off;

create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma foreign_keys = off takes effect" check ("foreign_keys" = 0));
insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
drop table "temp"."schemakit_foreign_keys_guard";

create table "tag" ("id" integer not null primary key autoincrement, "label" text not null);
create unique index "tag_label_unique" on "tag" ("label");

create table "book_tags" ("book_id" integer not null, "tag_id" integer not null, primary key ("book_id", "tag_id"), constraint "book_tags_book_id_foreign" foreign key ("book_id") references "book" ("id") on update cascade on delete cascade, constraint "book_tags_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade);
create index "book_tags_tag_id_index" on "book_tags" ("tag_id");

drop table if exists "publisher";

create table "book__temp_alter" ("id" integer not null primary key autoincrement, "title" text not null, "price" numeric(10,2) not null default 0, "author_id" integer not null, "publisher_id" integer null, constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"));
insert into "book__temp_alter" ("id", "title", "price", "author_id", "publisher_id") select "id", "title", "price", "author_id", "publisher_id" from "book";
update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = 'book'), 0)) where name = 'book__temp_alter';
insert into sqlite_sequence (name, seq) select 'book__temp_alter', seq from sqlite_sequence where name = 'book' and not exists (select 1 from sqlite_sequence where name = 'book__temp_alter');
drop table "book";
pragma legacy_alter_table = on;
alter table "book__temp_alter" rename to "book";
pragma legacy_alter_table = off;
create index "book_title_index" on "book" ("title");
create index "book_author_id_index" on "book" ("author_id");

pragma foreign_key_check;

pragma foreign_keys = on;

-- mssql
if object_id(N'[book]', 'U') is not null alter table [book] drop constraint if exists [book_publisher_id_foreign];

create table [tag] ([id] int identity(1,1) not null primary key, [label] nvarchar(30) not null);
alter table [tag] add constraint [tag_label_unique] unique ([label]);

create table [book_tags] ([book_id] int not null, [tag_id] int not null, constraint [book_tags_pkey] primary key ([book_id], [tag_id]));

drop table if exists [publisher];

alter table [book_tags] add constraint [book_tags_book_id_foreign] foreign key ([book_id]) references [book] ([id]) on update cascade on delete cascade;
alter table [book_tags] add constraint [book_tags_tag_id_foreign] foreign key ([tag_id]) references [tag] ([id]) on update cascade on delete cascade;

