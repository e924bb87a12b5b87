// ProfileFunctions: Flex Consumption function app (.NET 10 isolated), storage (tables, queues, $web), Application
// Insights on Log Analytics, and Azure Front Door Standard in front of the static website. azd-ready: `azd up`.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; prefixes resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
param location string

@description('Public base URL of the site, with a trailing slash. Empty: the Front Door endpoint.')
param siteBaseUrl string = ''

@description('Six-field NCRONTAB schedule of the crawl timer (UTC).')
param crawlSchedule string = '0 0 */6 * * *'

@description('Six-field NCRONTAB schedule of the site-wide publish timer (UTC).')
param publishSchedule string = '0 */10 * * * *'

@description('Where site owners learn who runs the crawler and how to opt out (sent in the User-Agent).')
param crawlerContactUrl string

@description('Maximum instances of the Flex Consumption app.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 20

var tags = { 'azd-env-name': environmentName }
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: resourceGroup
  name: 'identity'
  params: { name: 'id-${token}', location: location, tags: tags }
}

module monitoring 'app/monitoring.bicep' = {
  scope: resourceGroup
  name: 'monitoring'
  params: { logAnalyticsName: 'log-${token}', applicationInsightsName: 'appi-${token}', location: location, tags: tags }
}

module storage 'app/storage.bicep' = {
  scope: resourceGroup
  name: 'storage'
  params: { name: 'st${token}', location: location, tags: tags }
}

module roles 'app/rbac.bicep' = {
  scope: resourceGroup
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: identity.outputs.principalId
  }
}

module frontDoor 'app/frontdoor.bicep' = {
  scope: resourceGroup
  name: 'frontdoor'
  params: { name: 'afd-${token}', staticWebsiteHost: storage.outputs.staticWebsiteHost, tags: tags }
}

module functionApp 'app/function.bicep' = {
  scope: resourceGroup
  name: 'function'
  params: {
    name: 'func-${token}'
    planName: 'plan-${token}'
    location: location
    tags: union(tags, { 'azd-service-name': 'functions' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    appSettings: {
      CRAWL_SCHEDULE: crawlSchedule
      PUBLISH_SCHEDULE: publishSchedule
      Site__BaseUrl: empty(siteBaseUrl) ? 'https://${frontDoor.outputs.endpointHost}/' : siteBaseUrl
      Crawler__ContactUrl: crawlerContactUrl
      Crawler__BotName: 'ProfileFunctionsBot'
    }
  }
  dependsOn: [ roles ]
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SITE_URL string = empty(siteBaseUrl) ? 'https://${frontDoor.outputs.endpointHost}/' : siteBaseUrl
