create table [book_tag] ([id] int identity(1,1) not null primary key, [name] nvarchar(50) not null);
alter table [book_tag] add constraint [book_tag_name_unique] unique ([name]);

create table [person] ([id] int identity(1,1) not null primary key, [name] nvarchar(255) not null, [loyalty_points] int null constraint [person_loyalty_points_default] default 0, [salary] int null, [type] nvarchar(255) not null);
create index [person_type_index] on [person] ([type]);
alter table [person] add constraint [person_type_check] check ([type] in (N'customer', N'employee', N'person'));

create table [publisher] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [type] nvarchar(255) not null constraint [publisher_type_default] default N'local', [priority] smallint null);
exec sp_addextendedproperty 'MS_Description', N'Companies that publish books', 'schema', N'dbo', 'table', N'publisher';
exec sp_addextendedproperty 'MS_Description', N'Trading name', 'schema', N'dbo', 'table', N'publisher', 'column', N'name';
alter table [publisher] add constraint [publisher_type_check] check ([type] in (N'local', N'global'));

create table [author] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null, [email] nvarchar(255) not null, [age] int null, [terms_accepted] bit not null constraint [author_terms_accepted_default] default 0, [created_at] datetime2 not null constraint [author_created_at_default] default current_timestamp, [bio] nvarchar(max) null, [favourite_book_id] uniqueidentifier null, [mentor_id] int null, [address_street] nvarchar(255) not null, [address_city] nvarchar(80) not null, [address_postal_code] nvarchar(10) null, [settings] nvarchar(max) null, [internal_notes] nvarchar(max) null, [legacy_code] nvarchar(20) null);
exec sp_addextendedproperty 'MS_Description', N'Short biography', 'schema', N'dbo', 'table', N'author', 'column', N'bio';
alter table [author] add constraint [author_email_unique] unique ([email]);
create index [author_name_age_index] on [author] ([name], [age]);
alter table [author] add constraint [author_age_check] check (age >= 0);

create table [author_friends] ([author_1_id] int not null, [author_2_id] int not null, constraint [author_friends_pkey] primary key ([author_1_id], [author_2_id]));

create table [author_profile] ([id] int identity(1,1) not null primary key, [author_id] int not null, [reviewer_id] int null, [website] nvarchar(max) null);
alter table [author_profile] add constraint [author_profile_author_id_unique] unique ([author_id]);

create table [book] ([id] uniqueidentifier not null, [title] nvarchar(200) not null, [isbn] nvarchar(13) not null, [price] decimal(10,2) not null constraint [book_price_default] default 0, [status] nvarchar(255) not null constraint [book_status_default] default N'draft', [metadata] nvarchar(max) null, [author_id] int not null, [publisher_id] int null, [title_length] as (length(title)) persisted, [book_code] char(8) not null, constraint [book_pkey] primary key ([id]));
exec sp_addextendedproperty 'MS_Description', N'Published and draft books', 'schema', N'dbo', 'table', N'book';
alter table [book] add constraint [book_isbn_uq] unique ([isbn]);
alter table [book] add constraint [book_title_author_id_unique] unique ([title], [author_id]);
create index [book_status_price_index] on [book] ([status], [price] desc);
alter table [book] add constraint [book_status_check] check ([status] in (N'draft', N'published', N'archived'));
alter table [book] add constraint [book_price_positive] check (price >= 0);

create table [book_tags] ([book_id] uniqueidentifier not null, [book_tag_id] int not null, constraint [book_tags_pkey] primary key ([book_id], [book_tag_id]));

create table [edition] ([book_id] uniqueidentifier not null, [number] int not null, [year] smallint not null, constraint [edition_pkey] primary key ([book_id], [number]));

create table [edition_review] ([id] bigint identity(1,1) not null primary key, [edition_book_id] uniqueidentifier not null, [edition_number] int not null, [rating] tinyint not null constraint [edition_review_rating_default] default 3);

alter table [author] add constraint [author_favourite_book_id_foreign] foreign key ([favourite_book_id]) references [book] ([id]) on delete set null;
alter table [author] add constraint [author_mentor_id_foreign] foreign key ([mentor_id]) references [author] ([id]);

alter table [author_friends] add constraint [author_friends_author_1_id_foreign] foreign key ([author_1_id]) references [author] ([id]) on update cascade on delete cascade;
alter table [author_friends] add constraint [author_friends_author_2_id_foreign] foreign key ([author_2_id]) references [author] ([id]);

alter table [author_profile] add constraint [author_profile_author_id_foreign] foreign key ([author_id]) references [author] ([id]) on delete cascade;

alter table [book] add constraint [book_author_id_foreign] foreign key ([author_id]) references [author] ([id]) on delete cascade;
alter table [book] add constraint [book_publisher_id_foreign] foreign key ([publisher_id]) references [publisher] ([id]) on update cascade on delete set null;

alter table [book_tags] add constraint [book_tags_book_id_foreign] foreign key ([book_id]) references [book] ([id]) on update cascade on delete cascade;
alter table [book_tags] add constraint [book_tags_book_tag_id_foreign] foreign key ([book_tag_id]) references [book_tag] ([id]) on update cascade on delete cascade;

alter table [edition] add constraint [edition_book_id_foreign] foreign key ([book_id]) references [book] ([id]);

alter table [edition_review] add constraint [edition_review_edition_book_id_edition_number_foreign] foreign key ([edition_book_id], [edition_number]) references [edition] ([book_id], [number]) on update cascade;
