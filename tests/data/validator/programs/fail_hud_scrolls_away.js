// the gem counter is placed on the first screen but left in the world: the following camera leaves it behind
class Collect extends Phaser.Scene {
  preload() {}

  create() {
    this.physics.world.setBounds(0, 0, 3000, 2000);
    this.cameras.main.setBounds(0, 0, 3000, 2000);
    for (let i = 0; i < 40; i++) this.add.circle(Phaser.Math.Between(0, 3000), Phaser.Math.Between(0, 2000), 10, 0x44ddff);
    this.player = this.add.rectangle(1500, 1000, 30, 30, 0xffcc00);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.cameras.main.startFollow(this.player);
    this.gems = 0;
    this.hud = this.add.text(16, 16, 'Gems: 0', { fontSize: '24px', color: '#ffffff' });
    this.time.addEvent({ delay: 400, loop: true, callback: () => this.hud.setText('Gems: ' + ++this.gems) });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Collect });
