// Runner: the world speeds up a little every second
let pace = 1;
function create() {
  this.player = this.add.rectangle(100, 450, 30, 50, 0x444444);
  this.physics.add.existing(this.player);
  this.player.body.setCollideWorldBounds(true);
  this.time.addEvent({ delay: 1000, loop: true, callback: () => {
    pace = Math.min(pace + 0.1, 2);
    this.physics.world.timeScale = 1 / pace;
  } });
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: { create } });
