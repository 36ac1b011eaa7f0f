// A spritesheet (an asset) with a walk animation; the arrow keys move the walker.
class Walker extends Phaser.Scene
{
    preload ()
    {
        this.load.spritesheet('dude', 'assets/sprites/dude.png', { frameWidth: 32, frameHeight: 48 });
    }

    create ()
    {
        this.anims.create({
            key: 'walk',
            frames: this.anims.generateFrameNumbers('dude', { start: 0, end: 3 }),
            frameRate: 10,
            repeat: -1
        });
        this.player = this.add.sprite(400, 300, 'dude').play('walk');
        this.cursors = this.input.keyboard.createCursorKeys();
    }

    update ()
    {
        if (this.cursors.left.isDown) { this.player.x -= 2; }
        if (this.cursors.right.isDown) { this.player.x += 2; }
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Walker });
