--liquibase formatted sql

--changeset sendplan:identity-1-accounts
-- People are global: one person may belong to several tenants (an operator, a consultant).
create table person_account (
    id uuid primary key,
    username varchar(120) not null,
    display_name varchar(120) not null,
    email varchar(200),
    password_hash varchar(200),
    platform_admin boolean not null default false,
    failed_sign_ins int not null default 0,
    locked_until timestamptz,
    created_at timestamptz not null,
    version bigint not null default 0
);
create unique index person_account_username on person_account (lower(username));

--changeset sendplan:identity-2-security-events
-- Sign-ins, failures, sign-outs and denials. Rows without a tenant are platform-level (an unknown
-- username, a platform admin). The application may add rows but never change or delete them.
create table security_event (
    id uuid primary key,
    tenant_id uuid references tenant (id),
    occurred_at timestamptz not null,
    kind varchar(40) not null,
    username varchar(120),
    person_id uuid,
    source_address varchar(64),
    detail varchar(500)
);
create index security_event_tenant_time on security_event (tenant_id, occurred_at desc);

alter table security_event enable row level security;
alter table security_event force row level security;
create policy tenant_isolation on security_event
    using (tenant_id = app_current_tenant() or tenant_id is null)
    with check (tenant_id is null or tenant_id = app_current_tenant());

--changeset sendplan:identity-3-grants
grant select, insert, update on person_account to ${app_role};
grant select, insert on security_event to ${app_role};
