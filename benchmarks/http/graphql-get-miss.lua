-- wrk script: GET the path in MISS_PATH (a catalogue query URL ending in "variables=") with variables that differ on
-- every request (an unused "n"), so the response cache never has the answer: every request is a miss that runs.
local counter = 0
local prefix = os.getenv("MISS_PATH")
local variables = os.getenv("MISS_VARIABLES") -- a JSON object without its closing brace
math.randomseed(os.time())
local run = math.random(1, 1000000000)
wrk.headers["Accept"] = "application/graphql-response+json"

local function escape(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  counter = counter + 1
  return wrk.format("GET", prefix .. escape(string.format('%s,"n":"%d-%d"}', variables, run, counter)))
end
