--liquibase formatted sql

--changeset sendplan:comments-1-tables
-- A comment on anything another module offers through CommentTargets: the target is a kind and an id,
-- so there is no foreign key to it. Replies point at the first comment of their thread.
create table comment (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    target_kind varchar(40) not null,
    target_id uuid not null,
    parent_id uuid references comment (id),
    author_id uuid not null,
    author_name varchar(200) not null,
    body text not null,
    official boolean not null default false,
    state varchar(20) not null,
    hidden_reason text,
    posted_at timestamptz not null,
    edited_at timestamptz,
    version bigint not null default 0,
    constraint comment_official_is_a_reply check (not official or parent_id is not null)
);
create index comment_target on comment (tenant_id, target_kind, target_id, posted_at);
create index comment_author on comment (tenant_id, author_id, posted_at);
create index comment_official on comment (tenant_id, posted_at) where official;

create table comment_report (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    comment_id uuid not null references comment (id),
    reported_by_id uuid not null,
    reported_by_name varchar(200) not null,
    reason text not null,
    reported_at timestamptz not null,
    status varchar(20) not null,
    version bigint not null default 0
);
create index comment_report_open on comment_report (tenant_id, status, reported_at);

-- Every moderation decision, written once and never changed.
create table moderation_log (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    acted_at timestamptz not null,
    moderator_id uuid,
    moderator_name varchar(200) not null,
    action varchar(200) not null,
    comment_id uuid,
    person_id uuid,
    person_name varchar(200),
    reason text
);
create index moderation_log_when on moderation_log (tenant_id, acted_at);

create table commenting_pause (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    person_id uuid not null,
    paused_until date not null,
    reason text not null,
    paused_by varchar(200) not null,
    paused_at timestamptz not null
);
create index commenting_pause_person on commenting_pause (tenant_id, person_id, paused_until);

-- What the portal tells one person (a hidden comment, a mention); a notification centre comes later.
create table person_message (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    person_id uuid not null,
    sent_at timestamptz not null,
    subject varchar(300) not null,
    body text not null,
    link varchar(500)
);
create index person_message_person on person_message (tenant_id, person_id, sent_at);

--changeset sendplan:comments-2-row-level-security
alter table comment enable row level security;
alter table comment force row level security;
create policy tenant_isolation on comment
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table comment_report enable row level security;
alter table comment_report force row level security;
create policy tenant_isolation on comment_report
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table moderation_log enable row level security;
alter table moderation_log force row level security;
create policy tenant_isolation on moderation_log
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table commenting_pause enable row level security;
alter table commenting_pause force row level security;
create policy tenant_isolation on commenting_pause
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table person_message enable row level security;
alter table person_message force row level security;
create policy tenant_isolation on person_message
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:comments-3-grants
-- Nothing is deleted: a comment is withdrawn or hidden instead, and the moderation log is insert-only.
grant select, insert, update on comment to ${app_role};
grant select, insert, update on comment_report to ${app_role};
grant select, insert on moderation_log to ${app_role};
grant select, insert on commenting_pause to ${app_role};
grant select, insert on person_message to ${app_role};
