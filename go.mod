module github.com/zhnorm/zhnorm

go 1.26.0

require (
	github.com/liuzl/gocc v0.0.0-20231231122217-0372e1059ca5
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.43.0
)

require (
	github.com/adamzy/cedar-go v0.0.0-20170805034717-80a9c64b256d // indirect
	github.com/liuzl/cedar-go v0.0.0-20170805034717-80a9c64b256d // indirect
	github.com/liuzl/da v0.0.0-20180704015230-14771aad5b1d // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
