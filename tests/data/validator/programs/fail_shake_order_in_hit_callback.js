// the hit handler is a function given its scene as the collider's context: shake(0.03, 300) is Phaser 2's order
const config = { type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: { preload, create } };

function preload() {}

function create() {
  this.player = this.add.rectangle(100, 300, 30, 30, 0x33ccff);
  this.physics.add.existing(this.player);
  this.rock = this.add.rectangle(600, 300, 40, 40, 0x996633);
  this.physics.add.existing(this.rock);
  this.player.body.setVelocityX(300);
  this.physics.add.overlap(this.player, this.rock, onHit, null, this);
}

function onHit(player, rock) {
  rock.destroy();
  this.cameras.main.shake(0.03, 300);
}

new Phaser.Game(config);
