--liquibase formatted sql

--changeset sendplan:plans-1-tables
create table improvement_plan (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    title varchar(200) not null,
    first_year int not null,
    last_year int not null,
    description text,
    status varchar(20) not null,
    approved_versions int not null default 0,
    updated_at timestamptz not null,
    updated_by varchar(200) not null,
    version bigint not null default 0,
    constraint improvement_plan_period check (last_year >= first_year)
);
create index improvement_plan_tenant on improvement_plan (tenant_id, title);

create table plan_theme (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    title varchar(300) not null,
    position int not null,
    version bigint not null default 0,
    constraint plan_theme_title_unique unique (plan_id, title)
);

create table plan_action (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    theme_id uuid not null references plan_theme (id),
    position int not null,
    activity text not null,
    measure text,
    expected_change text,
    rationale text,
    savings_rating varchar(10),
    savings_narrative text,
    benefits_realisation text,
    lead text,
    capacity_note text,
    owner_id uuid,
    owner_name varchar(200),
    due_date date,
    status varchar(20) not null,
    rag varchar(10) not null,
    partners text,
    updated_at timestamptz not null,
    updated_by varchar(200) not null,
    version bigint not null default 0,
    search tsvector generated always as (to_tsvector('english',
        coalesce(activity, '') || ' ' || coalesce(measure, '') || ' ' || coalesce(rationale, ''))) stored
);
create index plan_action_plan on plan_action (plan_id, position);
create index plan_action_search on plan_action using gin (search);

create table action_milestone (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    action_id uuid not null references plan_action (id) on delete cascade,
    title varchar(300) not null,
    due_date date not null,
    done boolean not null default false
);
create index action_milestone_action on action_milestone (action_id);

create table action_saving (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    action_id uuid not null references plan_action (id) on delete cascade,
    financial_year int not null,
    amount numeric(14, 2) not null,
    constraint action_saving_year_unique unique (action_id, financial_year)
);

create table evidence_file (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes int not null,
    content bytea not null
);

create table progress_update (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    action_id uuid not null references plan_action (id) on delete cascade,
    update_date date not null,
    narrative text not null,
    rag varchar(10) not null,
    previous_rag varchar(10) not null,
    reason text,
    evidence_id uuid references evidence_file (id),
    posted_by varchar(200) not null,
    posted_at timestamptz not null,
    search tsvector generated always as (to_tsvector('english', coalesce(narrative, '') || ' ' || coalesce(reason, ''))) stored
);
create index progress_update_action on progress_update (action_id, update_date);
create index progress_update_search on progress_update using gin (search);

-- Who changed what, when, from what to what: one row a changed field.
create table action_change (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null,
    action_id uuid not null,
    changed_at timestamptz not null,
    changed_by varchar(200) not null,
    changed_by_id uuid,
    field varchar(60) not null,
    old_value text,
    new_value text
);
create index action_change_action on action_change (action_id, changed_at);
create index action_change_plan on action_change (plan_id, changed_at);

-- A frozen copy of a plan at approval, kept for reading and comparing versions.
create table plan_version (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    number int not null,
    approved_at timestamptz not null,
    approved_by varchar(200) not null,
    snapshot text not null,
    constraint plan_version_number_unique unique (plan_id, number)
);

create table plan_transition (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    from_status varchar(20) not null,
    to_status varchar(20) not null,
    moved_at timestamptz not null,
    moved_by varchar(200) not null
);

--changeset sendplan:plans-2-search-function
-- Full-text search over an action's own text and its progress updates, for the criteria queries of
-- the plan view. Row-level security still applies inside it.
create function plan_action_matches(action uuid, words text) returns boolean language sql stable
as $$
    select exists (select 1 from plan_action a where a.id = action and a.search @@ websearch_to_tsquery('english', words))
        or exists (select 1 from progress_update u where u.action_id = action and u.search @@ websearch_to_tsquery('english', words))
$$;

--changeset sendplan:plans-3-row-level-security
alter table improvement_plan enable row level security;
alter table improvement_plan force row level security;
create policy tenant_isolation on improvement_plan
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table plan_theme enable row level security;
alter table plan_theme force row level security;
create policy tenant_isolation on plan_theme
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table plan_action enable row level security;
alter table plan_action force row level security;
create policy tenant_isolation on plan_action
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table action_milestone enable row level security;
alter table action_milestone force row level security;
create policy tenant_isolation on action_milestone
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table action_saving enable row level security;
alter table action_saving force row level security;
create policy tenant_isolation on action_saving
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table evidence_file enable row level security;
alter table evidence_file force row level security;
create policy tenant_isolation on evidence_file
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table progress_update enable row level security;
alter table progress_update force row level security;
create policy tenant_isolation on progress_update
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table action_change enable row level security;
alter table action_change force row level security;
create policy tenant_isolation on action_change
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table plan_version enable row level security;
alter table plan_version force row level security;
create policy tenant_isolation on plan_version
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table plan_transition enable row level security;
alter table plan_transition force row level security;
create policy tenant_isolation on plan_transition
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset sendplan:plans-4-grants
grant select, insert, update, delete on improvement_plan, plan_theme, plan_action, action_milestone, action_saving,
    evidence_file, progress_update to ${app_role};
-- History and frozen versions are written once and never changed by the application.
grant select, insert on action_change, plan_version, plan_transition to ${app_role};
grant execute on function plan_action_matches(uuid, text) to ${app_role};
