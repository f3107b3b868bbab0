-- postgresql
create table "book" ("id" serial primary key, "title" varchar(255) not null);

create table "author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null, "age" int null, "terms_accepted" boolean not null default false, "created_at" timestamptz not null default current_timestamp, "favourite_book_id" int null);
alter table "author" add constraint "author_email_unique" unique ("email");

alter table "author" add constraint "author_favourite_book_id_foreign" foreign key ("favourite_book_id") references "book" ("id") on delete set null;

-- mysql
create table `book` (`id` int unsigned not null auto_increment primary key, `title` varchar(255) not null) default character set utf8mb4 engine = InnoDB;

create table `author` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null, `email` varchar(255) not null, `age` int null, `terms_accepted` tinyint(1) not null default false, `created_at` datetime not null default current_timestamp, `favourite_book_id` int unsigned null) default character set utf8mb4 engine = InnoDB;
alter table `author` add unique `author_email_unique`(`email`);
alter table `author` add index `author_favourite_book_id_index`(`favourite_book_id`);

alter table `author` add constraint `author_favourite_book_id_foreign` foreign key (`favourite_book_id`) references `book` (`id`) on delete set null;

-- mariadb
create table `book` (`id` int unsigned not null auto_increment primary key, `title` varchar(255) not null) default character set utf8mb4 engine = InnoDB;

create table `author` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null, `email` varchar(255) not null, `age` int null, `terms_accepted` tinyint(1) not null default false, `created_at` datetime not null default current_timestamp, `favourite_book_id` int unsigned null) default character set utf8mb4 engine = InnoDB;
alter table `author` add unique `author_email_unique`(`email`);
alter table `author` add index `author_favourite_book_id_index`(`favourite_book_id`);

alter table `author` add constraint `author_favourite_book_id_foreign` foreign key (`favourite_book_id`) references `book` (`id`) on delete set null;

-- sqlite
create table "book" ("id" integer not null primary key autoincrement, "title" text not null);

create table "author" ("id" integer not null primary key autoincrement, "name" text not null, "email" text not null, "age" integer null, "terms_accepted" integer not null default 0, "created_at" datetime not null default current_timestamp, "favourite_book_id" integer null, constraint "author_favourite_book_id_foreign" foreign key ("favourite_book_id") references "book" ("id") on delete set null);
create unique index "author_email_unique" on "author" ("email");
create index "author_favourite_book_id_index" on "author" ("favourite_book_id");

-- mssql
create table [book] ([id] int identity(1,1) not null primary key, [title] nvarchar(255) not null);

create table [author] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [email] nvarchar(255) not null, [age] int null, [terms_accepted] bit not null constraint [author_terms_accepted_default] default 0, [created_at] datetime2 not null constraint [author_created_at_default] default current_timestamp, [favourite_book_id] int null);
alter table [author] add constraint [author_email_unique] unique ([email]);

alter table [author] add constraint [author_favourite_book_id_foreign] foreign key ([favourite_book_id]) references [book] ([id]) on delete set null;

