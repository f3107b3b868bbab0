-- postgresql, wrap
set names 'utf8';
set session_replication_role = 'replica';

create type "book_status" as enum ('draft', 'published', 'archived');

create table "author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null, "age" int null, "terms_accepted" boolean not null default false, "created_at" timestamptz not null default current_timestamp, "bio" text null, "favourite_book_id" uuid null, "mentor_id" int null, "address_street" varchar(255) not null, "address_city" varchar(80) not null, "address_postal_code" varchar(10) null, "legacy_code" varchar(20) null);
comment on column "author"."bio" is 'Short biography';
alter table "author" add constraint "author_email_unique" unique ("email");
create index "author_name_age_index" on "author" ("name", "age");
alter table "author" add constraint "author_age_check" check (age >= 0);

create table "book" ("id" uuid not null, "title" varchar(200) not null, "isbn" varchar(13) not null, "price" numeric(10,2) not null default 0, "status" "book_status" not null default 'draft', "metadata" jsonb null, "author_id" int not null, "publisher_id" int null, "title_length" int generated always as (length(title)) stored not null, primary key ("id"));
comment on table "book" is 'Published and draft books';
alter table "book" add constraint "book_isbn_uq" unique ("isbn");
alter table "book" add constraint "book_title_author_id_unique" unique ("title", "author_id");
create index "book_status_price_index" on "book" ("status", "price" desc);
alter table "book" add constraint "book_price_positive" check (price >= 0);

create table "book_tag" ("id" serial primary key, "name" varchar(50) not null);
alter table "book_tag" add constraint "book_tag_name_unique" unique ("name");

create table "book_tags" ("book_id" uuid not null, "book_tag_id" int not null, primary key ("book_id", "book_tag_id"));

create table "edition" ("book_id" uuid not null, "number" int not null, "year" smallint not null, primary key ("book_id", "number"));

create table "edition_review" ("id" bigserial primary key, "edition_book_id" uuid not null, "edition_number" int not null, "rating" smallint not null default 3);

create table "publisher" ("id" serial primary key, "name" varchar(100) not null, "type" text not null default 'local', "priority" smallint null);
comment on table "publisher" is 'Companies that publish books';
comment on column "publisher"."name" is 'Trading name';
alter table "publisher" add constraint "publisher_type_check" check ("type" in ('local', 'global'));

set session_replication_role = 'origin';
-- postgresql, no wrap, schema 'tenant'
create schema if not exists "tenant";

create type "tenant"."book_status" as enum ('draft', 'published', 'archived');

create table "tenant"."author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null, "age" int null, "terms_accepted" boolean not null default false, "created_at" timestamptz not null default current_timestamp, "bio" text null, "favourite_book_id" uuid null, "mentor_id" int null, "address_street" varchar(255) not null, "address_city" varchar(80) not null, "address_postal_code" varchar(10) null, "legacy_code" varchar(20) null);
comment on column "tenant"."author"."bio" is 'Short biography';
alter table "tenant"."author" add constraint "author_email_unique" unique ("email");
create index "author_name_age_index" on "tenant"."author" ("name", "age");
alter table "tenant"."author" add constraint "author_age_check" check (age >= 0);

create table "tenant"."book" ("id" uuid not null, "title" varchar(200) not null, "isbn" varchar(13) not null, "price" numeric(10,2) not null default 0, "status" "tenant"."book_status" not null default 'draft', "metadata" jsonb null, "author_id" int not null, "publisher_id" int null, "title_length" int generated always as (length(title)) stored not null, primary key ("id"));
comment on table "tenant"."book" is 'Published and draft books';
alter table "tenant"."book" add constraint "book_isbn_uq" unique ("isbn");
alter table "tenant"."book" add constraint "book_title_author_id_unique" unique ("title", "author_id");
create index "book_status_price_index" on "tenant"."book" ("status", "price" desc);
alter table "tenant"."book" add constraint "book_price_positive" check (price >= 0);

create table "tenant"."book_tag" ("id" serial primary key, "name" varchar(50) not null);
alter table "tenant"."book_tag" add constraint "book_tag_name_unique" unique ("name");

create table "tenant"."book_tags" ("book_id" uuid not null, "book_tag_id" int not null, primary key ("book_id", "book_tag_id"));

create table "tenant"."edition" ("book_id" uuid not null, "number" int not null, "year" smallint not null, primary key ("book_id", "number"));

create table "tenant"."edition_review" ("id" bigserial primary key, "edition_book_id" uuid not null, "edition_number" int not null, "rating" smallint not null default 3);

create table "tenant"."publisher" ("id" serial primary key, "name" varchar(100) not null, "type" text not null default 'local', "priority" smallint null);
comment on table "tenant"."publisher" is 'Companies that publish books';
comment on column "tenant"."publisher"."name" is 'Trading name';
alter table "tenant"."publisher" add constraint "publisher_type_check" check ("type" in ('local', 'global'));
-- mysql, wrap
set names utf8mb4;
set foreign_key_checks = 0;

create table `author` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null, `email` varchar(255) not null, `age` int null, `terms_accepted` tinyint(1) not null default false, `created_at` datetime not null default current_timestamp, `bio` text null comment 'Short biography', `favourite_book_id` varchar(36) null, `mentor_id` int unsigned null, `address_street` varchar(255) not null, `address_city` varchar(80) not null, `address_postal_code` varchar(10) null, `legacy_code` varchar(20) null) default character set utf8mb4 engine = InnoDB;
alter table `author` add unique `author_email_unique`(`email`);
alter table `author` add index `author_name_age_index`(`name`, `age`);
alter table `author` add index `author_favourite_book_id_index`(`favourite_book_id`);
alter table `author` add index `author_mentor_id_index`(`mentor_id`);
alter table `author` add constraint `author_age_check` check (age >= 0);

create table `book` (`id` varchar(36) not null, `title` varchar(200) not null, `isbn` varchar(13) not null, `price` numeric(10,2) not null default 0, `status` enum('draft','published','archived') not null default 'draft', `metadata` json null, `author_id` int unsigned not null, `publisher_id` int unsigned null, `title_length` int generated always as (length(title)) stored, primary key (`id`)) default character set utf8mb4 engine = InnoDB comment = 'Published and draft books';
alter table `book` add unique `book_isbn_uq`(`isbn`);
alter table `book` add unique `book_title_author_id_unique`(`title`, `author_id`);
alter table `book` add index `book_status_price_index`(`status`, `price` desc);
alter table `book` add index `book_author_id_index`(`author_id`);
alter table `book` add index `book_publisher_id_index`(`publisher_id`);
alter table `book` add constraint `book_price_positive` check (price >= 0);

create table `book_tag` (`id` int unsigned not null auto_increment primary key, `name` varchar(50) not null) default character set utf8mb4 engine = InnoDB;
alter table `book_tag` add unique `book_tag_name_unique`(`name`);

create table `book_tags` (`book_id` varchar(36) not null, `book_tag_id` int unsigned not null, primary key (`book_id`, `book_tag_id`)) default character set utf8mb4 engine = InnoDB;
alter table `book_tags` add index `book_tags_book_tag_id_index`(`book_tag_id`);

create table `edition` (`book_id` varchar(36) not null, `number` int not null, `year` smallint not null, primary key (`book_id`, `number`)) default character set utf8mb4 engine = InnoDB;

create table `edition_review` (`id` bigint unsigned not null auto_increment primary key, `edition_book_id` varchar(36) not null, `edition_number` int not null, `rating` tinyint unsigned not null default 3) default character set utf8mb4 engine = InnoDB;
alter table `edition_review` add index `edition_review_edition_book_id_edition_number_index`(`edition_book_id`, `edition_number`);

create table `publisher` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null comment 'Trading name', `type` enum('local','global') not null default 'local', `priority` smallint null) default character set utf8mb4 engine = InnoDB comment = 'Companies that publish books';

set foreign_key_checks = 1;
-- mysql, no wrap, schema 'tenant'
create table `author` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null, `email` varchar(255) not null, `age` int null, `terms_accepted` tinyint(1) not null default false, `created_at` datetime not null default current_timestamp, `bio` text null comment 'Short biography', `favourite_book_id` varchar(36) null, `mentor_id` int unsigned null, `address_street` varchar(255) not null, `address_city` varchar(80) not null, `address_postal_code` varchar(10) null, `legacy_code` varchar(20) null) default character set utf8mb4 engine = InnoDB;
alter table `author` add unique `author_email_unique`(`email`);
alter table `author` add index `author_name_age_index`(`name`, `age`);
alter table `author` add index `author_favourite_book_id_index`(`favourite_book_id`);
alter table `author` add index `author_mentor_id_index`(`mentor_id`);
alter table `author` add constraint `author_age_check` check (age >= 0);

create table `book` (`id` varchar(36) not null, `title` varchar(200) not null, `isbn` varchar(13) not null, `price` numeric(10,2) not null default 0, `status` enum('draft','published','archived') not null default 'draft', `metadata` json null, `author_id` int unsigned not null, `publisher_id` int unsigned null, `title_length` int generated always as (length(title)) stored, primary key (`id`)) default character set utf8mb4 engine = InnoDB comment = 'Published and draft books';
alter table `book` add unique `book_isbn_uq`(`isbn`);
alter table `book` add unique `book_title_author_id_unique`(`title`, `author_id`);
alter table `book` add index `book_status_price_index`(`status`, `price` desc);
alter table `book` add index `book_author_id_index`(`author_id`);
alter table `book` add index `book_publisher_id_index`(`publisher_id`);
alter table `book` add constraint `book_price_positive` check (price >= 0);

create table `book_tag` (`id` int unsigned not null auto_increment primary key, `name` varchar(50) not null) default character set utf8mb4 engine = InnoDB;
alter table `book_tag` add unique `book_tag_name_unique`(`name`);

create table `book_tags` (`book_id` varchar(36) not null, `book_tag_id` int unsigned not null, primary key (`book_id`, `book_tag_id`)) default character set utf8mb4 engine = InnoDB;
alter table `book_tags` add index `book_tags_book_tag_id_index`(`book_tag_id`);

create table `edition` (`book_id` varchar(36) not null, `number` int not null, `year` smallint not null, primary key (`book_id`, `number`)) default character set utf8mb4 engine = InnoDB;

create table `edition_review` (`id` bigint unsigned not null auto_increment primary key, `edition_book_id` varchar(36) not null, `edition_number` int not null, `rating` tinyint unsigned not null default 3) default character set utf8mb4 engine = InnoDB;
alter table `edition_review` add index `edition_review_edition_book_id_edition_number_index`(`edition_book_id`, `edition_number`);

create table `publisher` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null comment 'Trading name', `type` enum('local','global') not null default 'local', `priority` smallint null) default character set utf8mb4 engine = InnoDB comment = 'Companies that publish books';
-- sqlite, wrap
pragma foreign_keys = off;

create table "author" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" integer null, "terms_accepted" integer not null default 0, "created_at" datetime not null default current_timestamp, "bio" text null, "favourite_book_id" text null, "mentor_id" integer null, "address_street" text not null, "address_city" text not null, "address_postal_code" text null, "legacy_code" text null, constraint "author_age_check" check (age >= 0));
create unique index "author_email_unique" on "author" ("email");
create index "author_name_age_index" on "author" ("name", "age");
create index "author_favourite_book_id_index" on "author" ("favourite_book_id");
create index "author_mentor_id_index" on "author" ("mentor_id");

create table "book" ("id" text not null, "title" text not null, "isbn" text not null, "price" numeric(10,2) not null default 0, "status" text not null default 'draft', "metadata" json null, "author_id" integer not null, "publisher_id" integer null, "title_length" integer generated always as (length(title)) stored not null, primary key ("id"), constraint "book_status_check" check ("status" in ('draft', 'published', 'archived')), constraint "book_price_positive" check (price >= 0));
create unique index "book_isbn_uq" on "book" ("isbn");
create unique index "book_title_author_id_unique" on "book" ("title", "author_id");
create index "book_status_price_index" on "book" ("status", "price" desc);
create index "book_author_id_index" on "book" ("author_id");
create index "book_publisher_id_index" on "book" ("publisher_id");

create table "book_tag" ("id" integer not null primary key autoincrement, "name" text not null);
create unique index "book_tag_name_unique" on "book_tag" ("name");

create table "book_tags" ("book_id" text not null, "book_tag_id" integer not null, primary key ("book_id", "book_tag_id"));
create index "book_tags_book_tag_id_index" on "book_tags" ("book_tag_id");

create table "edition" ("book_id" text not null, "number" integer not null, "year" integer not null, primary key ("book_id", "number"));

create table "edition_review" ("id" integer not null primary key autoincrement, "edition_book_id" text not null, "edition_number" integer not null, "rating" integer not null default 3);
create index "edition_review_edition_book_id_edition_number_index" on "edition_review" ("edition_book_id", "edition_number");

create table "publisher" ("id" integer not null primary key autoincrement, "name" text not null, "type" text not null default 'local', "priority" integer null, constraint "publisher_type_check" check ("type" in ('local', 'global')));

pragma foreign_keys = on;
-- sqlite, no wrap, schema 'tenant'
create table "author" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" integer null, "terms_accepted" integer not null default 0, "created_at" datetime not null default current_timestamp, "bio" text null, "favourite_book_id" text null, "mentor_id" integer null, "address_street" text not null, "address_city" text not null, "address_postal_code" text null, "legacy_code" text null, constraint "author_age_check" check (age >= 0));
create unique index "author_email_unique" on "author" ("email");
create index "author_name_age_index" on "author" ("name", "age");
create index "author_favourite_book_id_index" on "author" ("favourite_book_id");
create index "author_mentor_id_index" on "author" ("mentor_id");

create table "book" ("id" text not null, "title" text not null, "isbn" text not null, "price" numeric(10,2) not null default 0, "status" text not null default 'draft', "metadata" json null, "author_id" integer not null, "publisher_id" integer null, "title_length" integer generated always as (length(title)) stored not null, primary key ("id"), constraint "book_status_check" check ("status" in ('draft', 'published', 'archived')), constraint "book_price_positive" check (price >= 0));
create unique index "book_isbn_uq" on "book" ("isbn");
create unique index "book_title_author_id_unique" on "book" ("title", "author_id");
create index "book_status_price_index" on "book" ("status", "price" desc);
create index "book_author_id_index" on "book" ("author_id");
create index "book_publisher_id_index" on "book" ("publisher_id");

create table "book_tag" ("id" integer not null primary key autoincrement, "name" text not null);
create unique index "book_tag_name_unique" on "book_tag" ("name");

create table "book_tags" ("book_id" text not null, "book_tag_id" integer not null, primary key ("book_id", "book_tag_id"));
create index "book_tags_book_tag_id_index" on "book_tags" ("book_tag_id");

create table "edition" ("book_id" text not null, "number" integer not null, "year" integer not null, primary key ("book_id", "number"));

create table "edition_review" ("id" integer not null primary key autoincrement, "edition_book_id" text not null, "edition_number" integer not null, "rating" integer not null default 3);
create index "edition_review_edition_book_id_edition_number_index" on "edition_review" ("edition_book_id", "edition_number");

create table "publisher" ("id" integer not null primary key autoincrement, "name" text not null, "type" text not null default 'local', "priority" integer null, constraint "publisher_type_check" check ("type" in ('local', 'global')));
-- mssql, wrap
exec sp_MSforeachtable 'alter table ? nocheck constraint all';

create table [author] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [email] nvarchar(255) not null, [age] int null, [terms_accepted] bit not null constraint [author_terms_accepted_default] default 0, [created_at] datetime2 not null constraint [author_created_at_default] default current_timestamp, [bio] nvarchar(max) null, [favourite_book_id] uniqueidentifier null, [mentor_id] int null, [address_street] nvarchar(255) not null, [address_city] nvarchar(80) not null, [address_postal_code] nvarchar(10) null, [legacy_code] nvarchar(20) null);
exec sp_addextendedproperty 'MS_Description', N'Short biography', 'schema', N'dbo', 'table', N'author', 'column', N'bio';
alter table [author] add constraint [author_email_unique] unique ([email]);
create index [author_name_age_index] on [author] ([name], [age]);
alter table [author] add constraint [author_age_check] check (age >= 0);

create table [book] ([id] uniqueidentifier not null, [title] nvarchar(200) not null, [isbn] nvarchar(13) not null, [price] decimal(10,2) not null constraint [book_price_default] default 0, [status] nvarchar(255) not null constraint [book_status_default] default N'draft', [metadata] nvarchar(max) null, [author_id] int not null, [publisher_id] int null, [title_length] as (length(title)) persisted, constraint [book_pkey] primary key ([id]));
exec sp_addextendedproperty 'MS_Description', N'Published and draft books', 'schema', N'dbo', 'table', N'book';
alter table [book] add constraint [book_isbn_uq] unique ([isbn]);
alter table [book] add constraint [book_title_author_id_unique] unique ([title], [author_id]);
create index [book_status_price_index] on [book] ([status], [price] desc);
alter table [book] add constraint [book_status_check] check ([status] in (N'draft', N'published', N'archived'));
alter table [book] add constraint [book_price_positive] check (price >= 0);

create table [book_tag] ([id] int identity(1,1) not null primary key, [name] nvarchar(50) not null);
alter table [book_tag] add constraint [book_tag_name_unique] unique ([name]);

create table [book_tags] ([book_id] uniqueidentifier not null, [book_tag_id] int not null, constraint [book_tags_pkey] primary key ([book_id], [book_tag_id]));

create table [edition] ([book_id] uniqueidentifier not null, [number] int not null, [year] smallint not null, constraint [edition_pkey] primary key ([book_id], [number]));

create table [edition_review] ([id] bigint identity(1,1) not null primary key, [edition_book_id] uniqueidentifier not null, [edition_number] int not null, [rating] tinyint not null constraint [edition_review_rating_default] default 3);

create table [publisher] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [type] nvarchar(255) not null constraint [publisher_type_default] default N'local', [priority] smallint null);
exec sp_addextendedproperty 'MS_Description', N'Companies that publish books', 'schema', N'dbo', 'table', N'publisher';
exec sp_addextendedproperty 'MS_Description', N'Trading name', 'schema', N'dbo', 'table', N'publisher', 'column', N'name';
alter table [publisher] add constraint [publisher_type_check] check ([type] in (N'local', N'global'));

exec sp_MSforeachtable 'alter table ? with check check constraint all';
-- mssql, no wrap, schema 'tenant'
if schema_id(N'tenant') is null execute(N'create schema [tenant]');

create table [tenant].[author] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [email] nvarchar(255) not null, [age] int null, [terms_accepted] bit not null constraint [author_terms_accepted_default] default 0, [created_at] datetime2 not null constraint [author_created_at_default] default current_timestamp, [bio] nvarchar(max) null, [favourite_book_id] uniqueidentifier null, [mentor_id] int null, [address_street] nvarchar(255) not null, [address_city] nvarchar(80) not null, [address_postal_code] nvarchar(10) null, [legacy_code] nvarchar(20) null);
exec sp_addextendedproperty 'MS_Description', N'Short biography', 'schema', N'tenant', 'table', N'author', 'column', N'bio';
alter table [tenant].[author] add constraint [author_email_unique] unique ([email]);
create index [author_name_age_index] on [tenant].[author] ([name], [age]);
alter table [tenant].[author] add constraint [author_age_check] check (age >= 0);

create table [tenant].[book] ([id] uniqueidentifier not null, [title] nvarchar(200) not null, [isbn] nvarchar(13) not null, [price] decimal(10,2) not null constraint [book_price_default] default 0, [status] nvarchar(255) not null constraint [book_status_default] default N'draft', [metadata] nvarchar(max) null, [author_id] int not null, [publisher_id] int null, [title_length] as (length(title)) persisted, constraint [book_pkey] primary key ([id]));
exec sp_addextendedproperty 'MS_Description', N'Published and draft books', 'schema', N'tenant', 'table', N'book';
alter table [tenant].[book] add constraint [book_isbn_uq] unique ([isbn]);
alter table [tenant].[book] add constraint [book_title_author_id_unique] unique ([title], [author_id]);
create index [book_status_price_index] on [tenant].[book] ([status], [price] desc);
alter table [tenant].[book] add constraint [book_status_check] check ([status] in (N'draft', N'published', N'archived'));
alter table [tenant].[book] add constraint [book_price_positive] check (price >= 0);

create table [tenant].[book_tag] ([id] int identity(1,1) not null primary key, [name] nvarchar(50) not null);
alter table [tenant].[book_tag] add constraint [book_tag_name_unique] unique ([name]);

create table [tenant].[book_tags] ([book_id] uniqueidentifier not null, [book_tag_id] int not null, constraint [book_tags_pkey] primary key ([book_id], [book_tag_id]));

create table [tenant].[edition] ([book_id] uniqueidentifier not null, [number] int not null, [year] smallint not null, constraint [edition_pkey] primary key ([book_id], [number]));

create table [tenant].[edition_review] ([id] bigint identity(1,1) not null primary key, [edition_book_id] uniqueidentifier not null, [edition_number] int not null, [rating] tinyint not null constraint [edition_review_rating_default] default 3);

create table [tenant].[publisher] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [type] nvarchar(255) not null constraint [publisher_type_default] default N'local', [priority] smallint null);
exec sp_addextendedproperty 'MS_Description', N'Companies that publish books', 'schema', N'tenant', 'table', N'publisher';
exec sp_addextendedproperty 'MS_Description', N'Trading name', 'schema', N'tenant', 'table', N'publisher', 'column', N'name';
alter table [tenant].[publisher] add constraint [publisher_type_check] check ([type] in (N'local', N'global'));
