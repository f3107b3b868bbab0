set names utf8mb4;

create table `book_tag` (`id` int unsigned not null auto_increment primary key, `name` varchar(50) not null) default character set utf8mb4 engine = InnoDB;
alter table `book_tag` add unique `book_tag_name_unique`(`name`);

create table `person` (`id` int unsigned not null auto_increment primary key, `name` varchar(255) not null, `loyalty_points` int null default 0, `salary` int null, `type` enum('customer','employee','person') not null) default character set utf8mb4 engine = InnoDB;
alter table `person` add index `person_type_index`(`type`);

create table `publisher` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null comment 'Trading name', `type` enum('local','global') not null default 'local', `priority` smallint null) default character set utf8mb4 engine = InnoDB comment = 'Companies that publish books';

create table `author` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null, `email` varchar(255) not null, `age` int null, `terms_accepted` tinyint(1) not null default false, `created_at` datetime not null default current_timestamp, `bio` text null comment 'Short biography', `favourite_book_id` varchar(36) null, `mentor_id` int unsigned null, `address_street` varchar(255) not null, `address_city` varchar(80) not null, `address_postal_code` varchar(10) null, `settings` json null, `internal_notes` text null, `legacy_code` varchar(20) null) default character set utf8mb4 engine = InnoDB;
alter table `author` add unique `author_email_unique`(`email`);
alter table `author` add index `author_name_age_index`(`name`, `age`);
alter table `author` add index `author_favourite_book_id_index`(`favourite_book_id`);
alter table `author` add index `author_mentor_id_index`(`mentor_id`);
alter table `author` add constraint `author_age_check` check (age >= 0);

create table `author_friends` (`author_1_id` int unsigned not null, `author_2_id` int unsigned not null, primary key (`author_1_id`, `author_2_id`)) default character set utf8mb4 engine = InnoDB;
alter table `author_friends` add index `author_friends_author_2_id_index`(`author_2_id`);

create table `author_profile` (`id` int unsigned not null auto_increment primary key, `author_id` int unsigned not null, `reviewer_id` int unsigned null, `website` text null) default character set utf8mb4 engine = InnoDB;
alter table `author_profile` add unique `author_profile_author_id_unique`(`author_id`);
alter table `author_profile` add index `author_profile_reviewer_id_index`(`reviewer_id`);

create table `book` (`id` varchar(36) not null, `title` varchar(200) not null, `isbn` varchar(13) not null, `price` numeric(10,2) not null default 0, `status` enum('draft','published','archived') not null default 'draft', `metadata` json null, `author_id` int unsigned not null, `publisher_id` int unsigned null, `title_length` int generated always as (length(title)) stored, `book_code` char(8) not null, primary key (`id`)) default character set utf8mb4 engine = InnoDB comment = 'Published and draft books';
alter table `book` add unique `book_isbn_uq`(`isbn`);
alter table `book` add unique `book_title_author_id_unique`(`title`, `author_id`);
alter table `book` add index `book_status_price_index`(`status`, `price` desc);
alter table `book` add index `book_author_id_index`(`author_id`);
alter table `book` add index `book_publisher_id_index`(`publisher_id`);
alter table `book` add constraint `book_price_positive` check (price >= 0);

create table `book_tags` (`book_id` varchar(36) not null, `book_tag_id` int unsigned not null, primary key (`book_id`, `book_tag_id`)) default character set utf8mb4 engine = InnoDB;
alter table `book_tags` add index `book_tags_book_tag_id_index`(`book_tag_id`);

create table `edition` (`book_id` varchar(36) not null, `number` int not null, `year` smallint not null, primary key (`book_id`, `number`)) default character set utf8mb4 engine = InnoDB;

create table `edition_review` (`id` bigint unsigned not null auto_increment primary key, `edition_book_id` varchar(36) not null, `edition_number` int not null, `rating` tinyint unsigned not null default 3) default character set utf8mb4 engine = InnoDB;
alter table `edition_review` add index `edition_review_edition_book_id_edition_number_index`(`edition_book_id`, `edition_number`);

alter table `author` add constraint `author_favourite_book_id_foreign` foreign key (`favourite_book_id`) references `book` (`id`) on delete set null;
alter table `author` add constraint `author_mentor_id_foreign` foreign key (`mentor_id`) references `author` (`id`) on delete set null;

alter table `author_friends` add constraint `author_friends_author_1_id_foreign` foreign key (`author_1_id`) references `author` (`id`) on update cascade on delete cascade;
alter table `author_friends` add constraint `author_friends_author_2_id_foreign` foreign key (`author_2_id`) references `author` (`id`) on update cascade on delete cascade;

alter table `author_profile` add constraint `author_profile_author_id_foreign` foreign key (`author_id`) references `author` (`id`) on delete cascade;

alter table `book` add constraint `book_author_id_foreign` foreign key (`author_id`) references `author` (`id`) on delete cascade;
alter table `book` add constraint `book_publisher_id_foreign` foreign key (`publisher_id`) references `publisher` (`id`) on update cascade on delete set null;

alter table `book_tags` add constraint `book_tags_book_id_foreign` foreign key (`book_id`) references `book` (`id`) on update cascade on delete cascade;
alter table `book_tags` add constraint `book_tags_book_tag_id_foreign` foreign key (`book_tag_id`) references `book_tag` (`id`) on update cascade on delete cascade;

alter table `edition` add constraint `edition_book_id_foreign` foreign key (`book_id`) references `book` (`id`);

alter table `edition_review` add constraint `edition_review_edition_book_id_edition_number_foreign` foreign key (`edition_book_id`, `edition_number`) references `edition` (`book_id`, `number`) on update cascade;
